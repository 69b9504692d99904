using System.Text.RegularExpressions;
using Npgsql;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>
/// Writes a row giving only the named columns, each a value made from its type in our database (a check's first
/// listed literal for a text column it constrains); the parent rows its foreign keys need are written first, giving
/// only the parent's own required columns.
/// </summary>
public sealed partial class RowWriter(ProductionCatalog ours)
{
    private int _counter;

    public bool IsGeneratedKey(string table, string column) =>
        ours.Tables.GetValueOrDefault(table) is { } t && t.PrimaryKey.Contains(column) && t.Columns.Any(c => c.Name == column && c.Default is not null);

    /// <summary>Inserts the row and returns the named columns' values as text.</summary>
    public async Task<Dictionary<string, string?>> InsertAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, IReadOnlyList<string>? returning = null, int depth = 0)
    {
        var definition = ours.Tables[table];
        var values = new Dictionary<string, string>();
        foreach (var key in definition.ForeignKeys.Where(k => k.Columns.Any(columns.Contains) && k.RefTable != table))
        {
            if (depth > 5)
            {
                throw new InvalidOperationException($"{table}: foreign keys nest deeper than 5 tables");
            }

            var parent = ours.Tables[key.RefTable];
            var parentColumns = parent.Columns.Where(c => !c.Nullable && c.Default is null && !IsGeneratedKey(key.RefTable, c.Name)).Select(c => c.Name).ToList();
            var parentRow = await InsertAsync(connection, key.RefTable, parentColumns, key.RefColumns, depth + 1);
            for (var i = 0; i < key.Columns.Length; i++)
            {
                values[key.Columns[i]] = Literal(parentRow[key.RefColumns[i]], definition.Columns.Single(c => c.Name == key.Columns[i]).Type);
            }
        }

        foreach (var column in columns.Where(c => !values.ContainsKey(c)))
        {
            values[column] = Value(definition, definition.Columns.Single(c => c.Name == column));
        }

        var sql = values.Count == 0 ? $"INSERT INTO {table} DEFAULT VALUES" : $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Values)})";
        returning ??= [];
        if (returning.Count > 0)
        {
            sql += $" RETURNING {string.Join(", ", returning.Select(c => $"{c}::text"))}";
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var row = new Dictionary<string, string?>();
        if (await reader.ReadAsync())
        {
            for (var i = 0; i < returning.Count; i++)
            {
                row[returning[i]] = reader.IsDBNull(i) ? null : reader.GetString(i);
            }
        }

        return row;
    }

    private string Value(CatalogTable table, CatalogColumn column)
    {
        var type = column.Type;
        if (type == "uuid")
        {
            return "gen_random_uuid()";
        }

        if (ours.EnumTypes.TryGetValue(type, out var labels))
        {
            return Literal(labels[0], type);
        }

        var text = type switch
        {
            "smallint" or "integer" or "bigint" => "1",
            "double precision" or "real" => "0.5",
            "boolean" => "true",
            "json" or "jsonb" => "{}",
            "tsvector" => "",
            _ when type.EndsWith("[]", StringComparison.Ordinal) => "{}",
            _ when type.StartsWith("timestamp", StringComparison.Ordinal) || type is "date" || type.StartsWith("time ", StringComparison.Ordinal) => "now",
            _ when type.StartsWith("numeric", StringComparison.Ordinal) => ZeroScale().IsMatch(type) ? "1" : "0.5",
            _ => CheckedLiteral(table, column.Name) ?? Text(type),
        };
        return Literal(text, type);
    }

    /// <summary>A text column a check limits to a list takes the list's first value.</summary>
    private static string? CheckedLiteral(CatalogTable table, string column) =>
        table.Checks.Where(c => Regex.IsMatch(c.Definition, $@"\b{column}\b")).Select(c => QuotedLiteral().Match(c.Definition)).FirstOrDefault(m => m.Success)?.Groups[1].Value;

    /// <summary>A distinct value within the column's length.</summary>
    private string Text(string type)
    {
        var value = $"row-{++_counter}-{Guid.NewGuid():N}";
        return Length().Match(type) is { Success: true } m ? value[..Math.Min(value.Length, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))] : value;
    }

    private static string Literal(string? value, string type) =>
        value is null ? "NULL" : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'::{type}";

    [GeneratedRegex(@"^numeric\(\d+,0\)$")]
    private static partial Regex ZeroScale();

    [GeneratedRegex(@"'((?:[^']|'')*)'::")]
    private static partial Regex QuotedLiteral();

    [GeneratedRegex(@"^character(?: varying)?\((\d+)\)$")]
    private static partial Regex Length();
}
