using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WhisperAspire.Data.Model.Core;

namespace WhisperAspire.Api.Characters;

/// <summary>One SELECT of a character's rows from one table: which navigation the rows fill, and the columns read, in order.</summary>
public sealed record SectionSelect(IEntityType Entity, INavigation? Navigation, IReadOnlyList<IProperty> Columns, string Sql);

/// <summary>
/// The SQL that reads and clears a character's definition, generated once from the document's shape and the EF model.
/// Reading is one SELECT per table — the character, each section, each nested section through its parent — all sent
/// as one batch (one round trip, where EF's split query takes one per table and a single query multiplies the rows).
/// Every SELECT takes one parameter, the character's name, and returns rows in key order, the order they were written.
/// </summary>
public sealed class CdlDocumentSql
{
    public CdlDocumentSql(CdlDocument document)
    {
        var character = document.Model.FindEntityType(typeof(Character))!;
        var nameColumn = Quote(character.FindProperty(nameof(Character.Name))!.GetColumnName());
        var characterJoin = $"WHERE c.{nameColumn} = $1";
        var selects = new List<SectionSelect> { Select(character, null, $"FROM {Table(character)} c {characterJoin}", "c") };
        foreach (var section in document.Sections.Values)
        {
            var from = $"FROM {Table(section.TargetEntityType)} s JOIN {Table(character)} c ON {Join(section, "s", "c")} {characterJoin}";
            selects.Add(Select(section.TargetEntityType, section, from, "s"));
            foreach (var nested in section.TargetEntityType.GetNavigations().Where(n => !n.IsOnDependent))
            {
                selects.Add(Select(nested.TargetEntityType, nested,
                    $"FROM {Table(nested.TargetEntityType)} n JOIN {Table(section.TargetEntityType)} s ON {Join(nested, "n", "s")} JOIN {Table(character)} c ON {Join(section, "s", "c")} {characterJoin}", "n"));
            }
        }

        Selects = selects;
        DeleteSection = document.Sections.ToDictionary(
            s => s.Key,
            s => $"DELETE FROM {Table(s.Value.TargetEntityType)} WHERE {Quote(s.Value.ForeignKey.Properties[0].GetColumnName())} = $1",
            StringComparer.Ordinal);
    }

    /// <summary>The character row first, then every section's rows, a nested section right after its parent section.</summary>
    public IReadOnlyList<SectionSelect> Selects { get; }

    /// <summary>Per section, the statement that deletes its rows (their own children cascade); one parameter, the character's id.</summary>
    public IReadOnlyDictionary<string, string> DeleteSection { get; }

    private static SectionSelect Select(IEntityType entity, INavigation? navigation, string from, string alias)
    {
        var columns = entity.GetProperties().ToList();
        var order = string.Join(", ", entity.FindPrimaryKey()!.Properties.Select(p => $"{alias}.{Quote(p.GetColumnName())}"));
        var list = string.Join(", ", columns.Select(p => $"{alias}.{Quote(p.GetColumnName())}"));
        return new SectionSelect(entity, navigation, columns, $"SELECT {list} {from} ORDER BY {order}");
    }

    private static string Join(INavigation navigation, string dependent, string principal)
    {
        var foreignKey = navigation.ForeignKey;
        return string.Join(" AND ", foreignKey.Properties.Select((p, i) =>
            $"{dependent}.{Quote(p.GetColumnName())} = {principal}.{Quote(foreignKey.PrincipalKey.Properties[i].GetColumnName())}"));
    }

    private static string Table(IReadOnlyEntityType entity) => Quote(entity.GetTableName()!);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
