using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>The DDL a decision cell gives for a key: <c>UNIQUE (a, b)</c>, or a foreign key as the catalog or the seed writes it.</summary>
public static partial class Ddl
{
    public static string[]? UniqueColumns(string? cell) =>
        cell is not null && UniquePattern().Match(cell) is { Success: true } m ? SqlText.ColumnList(m.Groups[1].Value) : null;

    /// <summary>
    /// <c>FOREIGN KEY (a) REFERENCES t(id) ON DELETE CASCADE</c> or the seed's inline <c>a INTEGER REFERENCES t(id) ...</c>;
    /// null when the cell is neither. The action is null when the cell does not say it.
    /// </summary>
    public static (string[] Columns, string RefTable, string[] RefColumns, string? OnDelete)? ForeignKey(string? cell)
    {
        if (cell is null || ForeignKeyPattern().Match(cell) is not { Success: true } m)
        {
            return null;
        }

        var columns = m.Groups["cols"].Success ? SqlText.ColumnList(m.Groups["cols"].Value) : [m.Groups["col"].Value];
        return (columns, m.Groups["ref"].Value, SqlText.ColumnList(m.Groups["refcols"].Value), m.Groups["action"].Success ? m.Groups["action"].Value.ToUpperInvariant() : null);
    }

    public static bool Matches(CatalogForeignKey key, (string[] Columns, string RefTable, string[] RefColumns, string? OnDelete) wanted) =>
        key.Columns.SequenceEqual(wanted.Columns) && key.RefTable == wanted.RefTable && key.RefColumns.SequenceEqual(wanted.RefColumns)
        && (wanted.OnDelete is null || string.Equals(key.OnDelete, wanted.OnDelete, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^\s*UNIQUE\s*(\([^)]*\))", RegexOptions.IgnoreCase)]
    private static partial Regex UniquePattern();

    [GeneratedRegex(@"^\s*(?:FOREIGN KEY\s*(?<cols>\([^)]*\))|(?<col>[a-z_][a-z_0-9]*)\b[^(]*?(?:\([^)]*\))?[^(]*?)\s*REFERENCES\s+(?:public\.)?(?<ref>[a-z_][a-z_0-9]*)\s*(?<refcols>\([^)]*\))(?:.*?ON DELETE (?<action>SET NULL|SET DEFAULT|NO ACTION|CASCADE|RESTRICT))?", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignKeyPattern();
}
