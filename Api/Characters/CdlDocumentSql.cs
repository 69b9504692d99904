using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Characters;

/// <summary>
/// The SQL that reads and clears a character's definition, generated once from the document's shape and the EF model.
/// Reading builds the whole CDL document inside PostgreSQL in one statement (one round trip, where loading it through
/// EF navigations would take one query per table or a cartesian product); its JSON has exactly the serializer's
/// property names, omits nulls as the serializer does, and orders rows by key as they were inserted.
/// </summary>
public sealed class CdlDocumentSql
{
    public CdlDocumentSql(CdlDocument document)
    {
        var character = document.Model.FindEntityType(typeof(Character))!;
        var builder = new Builder(document);
        ReadByName = $"SELECT {builder.ObjectOf(character, "t0", 0)} FROM {Table(character)} t0 WHERE t0.{Column(character, nameof(Character.Name))} = $1";
        DeleteSection = document.Sections.ToDictionary(
            s => s.Key,
            s => $"DELETE FROM {Table(s.Value.TargetEntityType)} WHERE {Quote(s.Value.ForeignKey.Properties[0].GetColumnName())} = $1",
            StringComparer.Ordinal);
    }

    /// <summary>One parameter, the character's name; one row holding the document as json, or none.</summary>
    public string ReadByName { get; }

    /// <summary>Per section, the statement that deletes its rows (their own children cascade); one parameter, the character's id.</summary>
    public IReadOnlyDictionary<string, string> DeleteSection { get; }

    private static string Table(IReadOnlyEntityType entity) => Quote(entity.GetTableName()!);

    private static string Column(IReadOnlyEntityType entity, string property) => Quote(entity.FindProperty(property)!.GetColumnName());

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class Builder(CdlDocument document)
    {
        public string ObjectOf(IEntityType entity, string alias, int depth)
        {
            var members = new List<string>();
            foreach (var json in document.Options.GetTypeInfo(entity.ClrType).Properties)
            {
                var member = CdlDocument.MemberName(json);
                if (entity.FindProperty(member) is { } property)
                {
                    members.Add($"'{json.Name}' VALUE {alias}.{Quote(property.GetColumnName())}");
                }
                else if (entity.FindNavigation(member) is { } navigation)
                {
                    members.Add($"'{json.Name}' VALUE ({Rows(navigation, alias, depth + 1)})");
                }
            }

            return $"json_object({string.Join(", ", members)} ABSENT ON NULL)";
        }

        private string Rows(INavigation navigation, string parentAlias, int depth)
        {
            var target = navigation.TargetEntityType;
            var alias = $"t{depth}_{navigation.Name.ToLowerInvariant()}";
            var foreignKey = navigation.ForeignKey;
            var order = string.Join(", ", target.FindPrimaryKey()!.Properties.Select(p => $"{alias}.{Quote(p.GetColumnName())}"));
            var join = new StringBuilder();
            for (var i = 0; i < foreignKey.Properties.Count; i++)
            {
                join.Append(i == 0 ? "" : " AND ")
                    .Append($"{alias}.{Quote(foreignKey.Properties[i].GetColumnName())} = {parentAlias}.{Quote(foreignKey.PrincipalKey.Properties[i].GetColumnName())}");
            }

            var row = ObjectOf(target, alias, depth);
            return navigation.IsCollection
                ? $"SELECT coalesce(json_agg({row} ORDER BY {order}), '[]'::json) FROM {Table(target)} {alias} WHERE {join}"
                : $"SELECT {row} FROM {Table(target)} {alias} WHERE {join} ORDER BY {order} LIMIT 1";
        }
    }
}
