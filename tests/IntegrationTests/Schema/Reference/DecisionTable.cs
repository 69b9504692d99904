using System.Text;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>One row of docs/schema.md's decision table; code cells without their backticks, <c>—</c> as null.</summary>
public sealed record Decision(string Object, string Kind, string? SeedSays, string? ProductionHas, string? WeChose, string Why)
{
    public static readonly string[] Kinds = ["type", "not null", "default", "unique", "check", "foreign key", "left out", "kept beside"];

    /// <summary>For <c>table.column</c> objects: the table; for table objects: the object itself.</summary>
    public string Table => Object.Split('.')[0];

    public string? Column => Object.Contains('.', StringComparison.Ordinal) ? Object[(Object.IndexOf('.', StringComparison.Ordinal) + 1)..] : null;

    public bool Dropped => WeChose == "dropped";

    public override string ToString() => $"docs/schema.md row '{Object} | {Kind}'";
}

/// <summary>Reads the decision table of docs/schema.md: the Markdown table whose header starts with <c>| Object | Kind |</c>.</summary>
public static class DecisionTable
{
    private const string Header = "| Object | Kind | Seed says | Production has | We chose | Why |";

    public static IReadOnlyList<Decision> Load() => Parse(File.ReadAllText(SharedFiles.SchemaDocument));

    public static IReadOnlyList<Decision> Parse(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.Trim() == Header);
        if (header < 0)
        {
            throw new FormatException($"docs/schema.md has no decision table: its header must read {Header}");
        }

        return [.. lines.Skip(header + 2).TakeWhile(l => l.TrimStart().StartsWith('|')).Select(Row)];
    }

    private static Decision Row(string line)
    {
        var cells = Cells(line);
        if (cells.Count != 6)
        {
            throw new FormatException($"A decision row has {cells.Count} cells instead of 6: {line}");
        }

        return new Decision(Code(cells[0])!, cells[1].Trim('`'), Code(cells[2]), Code(cells[3]), Code(cells[4]), cells[5]);
    }

    /// <summary>Splits on the pipes that are not inside a code span: DDL may hold <c>||</c>.</summary>
    private static List<string> Cells(string line)
    {
        List<string> cells = [];
        var cell = new StringBuilder();
        var inCode = false;
        foreach (var c in line.Trim().Trim('|'))
        {
            if (c == '`')
            {
                inCode = !inCode;
            }

            if (c == '|' && !inCode)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }

    /// <summary>A cell's code without backticks; <c>—</c> (nothing on that side) as null.</summary>
    private static string? Code(string cell)
    {
        var text = cell.Trim();
        if (text is "—" or "`—`" or "-" or "")
        {
            return null;
        }

        return text.Length >= 2 && text[0] == '`' && text[^1] == '`' ? text[1..^1] : text;
    }
}
