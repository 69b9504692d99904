using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>
/// Puts two renderings of the same DDL into one form: PostgreSQL's own (pg_get_constraintdef, pg_indexes, the
/// catalog) qualifies names with <c>public.</c> when they are not on the search path and spaces freely, and prints
/// <c>col::text = ANY (...)</c> over varchar literals either as <c>((ARRAY['a'::character varying])::text[])</c> or as
/// <c>(ARRAY[('a'::character varying)::text])</c>, depending on how the DDL was written; both mean the same.
/// </summary>
public static partial class SqlText
{
    public static string Normalize(string sql)
    {
        var text = Spaces().Replace(sql.Trim().TrimEnd(';'), " ");
        text = PublicSchema().Replace(text, "");
        text = SpaceInsideParentheses().Replace(text, "");
        text = ArrayCastAsAWhole().Replace(text, m => "(ARRAY[" + string.Join(", ",
            m.Groups["items"].Value.Split(", ").Select(item => $"({item})::text")) + "])");
        return text;
    }

    public static bool SameDefinition(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    /// <summary><c>(a, b)</c> → [a, b]: the column list of a UNIQUE/PRIMARY KEY/FOREIGN KEY clause, without quotes.</summary>
    public static string[] ColumnList(string list) =>
        [.. list.Trim().TrimStart('(').TrimEnd(')').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim('"'))];

    [GeneratedRegex(@"\(\(ARRAY\[(?<items>[^\]]*)\]\)::text\[\]\)")]
    private static partial Regex ArrayCastAsAWhole();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\bpublic\.")]
    private static partial Regex PublicSchema();

    [GeneratedRegex(@"(?<=\()\s+|\s+(?=\))")]
    private static partial Regex SpaceInsideParentheses();
}
