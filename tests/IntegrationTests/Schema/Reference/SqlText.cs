using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>
/// Puts two renderings of the same DDL into one form: PostgreSQL's own (pg_get_constraintdef, pg_indexes, the
/// catalog) qualifies names with <c>public.</c> when they are not on the search path and spaces freely.
/// </summary>
public static partial class SqlText
{
    public static string Normalize(string sql)
    {
        var text = Spaces().Replace(sql.Trim().TrimEnd(';'), " ");
        text = PublicSchema().Replace(text, "");
        text = SpaceInsideParentheses().Replace(text, "");
        return text;
    }

    public static bool SameDefinition(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    /// <summary><c>(a, b)</c> → [a, b]: the column list of a UNIQUE/PRIMARY KEY/FOREIGN KEY clause, without quotes.</summary>
    public static string[] ColumnList(string list) =>
        [.. list.Trim().TrimStart('(').TrimEnd(')').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim('"'))];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\bpublic\.")]
    private static partial Regex PublicSchema();

    [GeneratedRegex(@"(?<=\()\s+|\s+(?=\))")]
    private static partial Regex SpaceInsideParentheses();
}
