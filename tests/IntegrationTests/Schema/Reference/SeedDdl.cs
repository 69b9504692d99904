using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>A column of a seed CREATE TABLE: its type as written and in format_type's words, and its inline constraints.</summary>
public sealed record SeedColumn(string Name, string SeedType, bool NotNull, bool PrimaryKey, bool Unique, string? Default, string? References)
{
    public string FormatType => TypeFamily.FromSeed(SeedType);
}

/// <summary>A seed CREATE TABLE block: columns in order and table-level UNIQUE(...) lists.</summary>
public sealed record SeedTable(string Name, IReadOnlyList<SeedColumn> Columns, IReadOnlyList<string[]> Uniques)
{
    /// <summary>Every unique key: table-level lists and inline UNIQUE columns.</summary>
    public IEnumerable<string[]> AllUniques => Uniques.Concat(Columns.Where(c => c.Unique).Select(c => new[] { c.Name }));

    public SeedColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>
/// Reads the seed document's DDL (one column a line, <c>name TYPE [NOT NULL] [PRIMARY KEY] [UNIQUE] [DEFAULT x]
/// [REFERENCES t(c) [ON DELETE a]]</c>, then <c>UNIQUE(a, b)</c> lines).
/// </summary>
public static partial class SeedDdl
{
    public static IReadOnlyList<SeedTable> Parse(string document) =>
        [.. CreateTable().Matches(document).Select(m => Table(m.Groups["name"].Value, m.Groups["body"].Value))];

    public static IReadOnlyList<SeedTable> Load() => Parse(File.ReadAllText(SharedFiles.SeedSchema));

    private static SeedTable Table(string name, string body)
    {
        List<SeedColumn> columns = [];
        List<string[]> uniques = [];
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Split("--")[0].Trim().TrimEnd(',').Trim();
            if (TableUnique().Match(line) is { Success: true } unique)
            {
                uniques.Add(SqlText.ColumnList(unique.Groups[1].Value));
            }
            else if (ColumnLine().Match(line) is { Success: true } column)
            {
                var rest = column.Groups["rest"].Value;
                columns.Add(new SeedColumn(
                    column.Groups["name"].Value,
                    column.Groups["type"].Value,
                    rest.Contains("NOT NULL", StringComparison.Ordinal) || rest.Contains("PRIMARY KEY", StringComparison.Ordinal),
                    rest.Contains("PRIMARY KEY", StringComparison.Ordinal),
                    UniqueWord().IsMatch(rest),
                    DefaultClause().Match(rest) is { Success: true } d ? d.Groups[1].Value.Trim() : null,
                    ReferencesClause().Match(rest) is { Success: true } r ? r.Value.Trim() : null));
            }
        }

        return new SeedTable(name, columns, uniques);
    }

    [GeneratedRegex(@"CREATE TABLE (?:IF NOT EXISTS )?(?<name>[a-z_0-9]+) \((?<body>.*?)\n\);", RegexOptions.Singleline)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^UNIQUE\s*(\([^)]*\))$")]
    private static partial Regex TableUnique();

    [GeneratedRegex(@"^(?<name>[a-z_][a-z_0-9]*) (?<type>(?:DOUBLE PRECISION|TIMESTAMP WITH(?:OUT)? TIME ZONE|CHARACTER VARYING|[A-Z][A-Z0-9]*)(?:\s*\([0-9 ,]+\))?(?:\[\])?)(?<rest>.*)$")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"\bUNIQUE\b")]
    private static partial Regex UniqueWord();

    [GeneratedRegex(@"\bDEFAULT (.+?)(?= NOT NULL| PRIMARY KEY| UNIQUE| REFERENCES| CHECK|$)")]
    private static partial Regex DefaultClause();

    [GeneratedRegex(@"REFERENCES .*$")]
    private static partial Regex ReferencesClause();
}
