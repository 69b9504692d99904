using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace WhisperAspire.Api.Characters;

/// <summary>
/// Adds <see cref="CdlDocumentSql.Selects"/> to a batch (one round trip) and builds the entity graph from the rows, guided by the EF
/// model: each row becomes an instance of its entity type, attached to its parent through the navigation it fills.
/// Each table's row reader is compiled once (typed reads, no reflection per value): the document is the Api's hottest path.
/// </summary>
public sealed class CharacterReader(CdlDocumentSql sql)
{
    private readonly TableReader[] _tables = [.. sql.Selects.Select(s => new TableReader(s))];

    /// <summary>Appends this reader's SELECTs to a batch, so a caller can send other statements in the same round trip.</summary>
    public void AddTo(NpgsqlBatch batch, string name)
    {
        foreach (var table in _tables)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(table.Select.Sql) { Parameters = { new NpgsqlParameter<string> { TypedValue = name } } });
        }
    }

    /// <summary>Consumes this reader's result sets and leaves <paramref name="reader"/> on the next one, if any.</summary>
    public async Task<object?> ReadFromAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        object? root = null;
        // Rows by entity type and key (boxed: most keys are integers, emotional states' are uuids), so a nested row finds its parent section row.
        var rows = new Dictionary<(Type, object), object>();
        foreach (var table in _tables)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = table.Read(reader);
                rows[(table.Select.Entity.ClrType, table.Key(row))] = row;
                if (table.Select.Navigation is not { } navigation)
                {
                    root = row;
                }
                else if (table.ParentKey(row) is { } parentKey && rows.TryGetValue((navigation.DeclaringEntityType.ClrType, parentKey), out var parent))
                {
                    table.Attach(parent, row);
                }
            }

            await reader.NextResultAsync(cancellationToken);
        }

        return root;
    }

    /// <summary>One table's compiled row reader, key and parent-key getters, and how a row joins its parent.</summary>
    private sealed class TableReader
    {
        private static readonly MethodInfo IsDbNull = typeof(NpgsqlDataReader).GetMethod(nameof(NpgsqlDataReader.IsDBNull), [typeof(int)])!;
        private static readonly MethodInfo GetFieldValue = typeof(NpgsqlDataReader).GetMethod(nameof(NpgsqlDataReader.GetFieldValue), [typeof(int)])!;

        private readonly Func<NpgsqlDataReader, object> _read;
        private readonly Func<object, object> _key;
        private readonly Func<object, object?> _parentKey;

        public TableReader(SectionSelect select)
        {
            Select = select;
            _read = CompileRead(select.Entity.ClrType, select.Columns);
            _key = CompileGetter<object>(select.Entity.FindPrimaryKey()!.Properties[0]);
            _parentKey = select.Navigation is { } navigation ? CompileGetter<object?>(navigation.ForeignKey.Properties[0]) : _ => null;
        }

        public SectionSelect Select { get; }

        public object Read(NpgsqlDataReader reader) => _read(reader);

        public object Key(object row) => _key(row);

        public object? ParentKey(object row) => _parentKey(row);

        public void Attach(object parent, object row)
        {
            var navigation = Select.Navigation!;
            if (navigation.IsCollection)
            {
                ((IList)navigation.PropertyInfo!.GetValue(parent)!).Add(row);
            }
            else
            {
                navigation.PropertyInfo!.SetValue(parent, row);
            }
        }

        /// <summary><c>reader => new T { P0 = reader.IsDBNull(0) ? default : reader.GetFieldValue&lt;T0&gt;(0), ... }</c></summary>
        private static Func<NpgsqlDataReader, object> CompileRead(Type type, IReadOnlyList<IProperty> columns)
        {
            var reader = Expression.Parameter(typeof(NpgsqlDataReader), "reader");
            var row = Expression.Variable(type, "row");
            var body = new List<Expression> { Expression.Assign(row, Expression.New(type)) };
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].PropertyInfo is not { CanWrite: true } property)
                {
                    continue;
                }

                var ordinal = Expression.Constant(i);
                var stored = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                Expression value = Expression.Call(reader, GetFieldValue.MakeGenericMethod(stored), ordinal);
                value = Expression.Condition(Expression.Call(reader, IsDbNull, ordinal),
                    Expression.Default(property.PropertyType), Expression.Convert(value, property.PropertyType));
                body.Add(Expression.Assign(Expression.Property(row, property), value));
            }

            body.Add(Expression.Convert(row, typeof(object)));
            return Expression.Lambda<Func<NpgsqlDataReader, object>>(Expression.Block([row], body), reader).Compile();
        }

        private static Func<object, TKey> CompileGetter<TKey>(IProperty property)
        {
            var row = Expression.Parameter(typeof(object), "row");
            var value = Expression.Property(Expression.Convert(row, property.DeclaringType.ClrType), property.PropertyInfo!);
            return Expression.Lambda<Func<object, TKey>>(Expression.Convert(value, typeof(TKey)), row).Compile();
        }
    }
}
