using System.Text.Json;
using System.Text.RegularExpressions;

namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>production-catalog.json as read: production's tables, functions, views, triggers, enums and extensions.</summary>
public sealed record ProductionCatalog(
    Dictionary<string, CatalogTable> Tables,
    CatalogFunction[] Functions,
    CatalogView[] Views,
    CatalogTrigger[] Triggers,
    Dictionary<string, string[]> EnumTypes,
    string[] Extensions,
    Dictionary<string, CatalogColumn[]> CreatedByTheApplication)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static ProductionCatalog Load() => Parse(File.ReadAllText(SharedFiles.ProductionCatalogJson));

    public static ProductionCatalog Parse(string json) =>
        JsonSerializer.Deserialize<ProductionCatalog>(json, Json) ?? throw new InvalidDataException("The production catalog is empty.");

    /// <summary>Extension names; the catalog lists the built-in gen_random_uuid() too, which is no extension.</summary>
    public IEnumerable<string> ExtensionNames => Extensions.Where(e => !e.StartsWith('('));
}

public sealed record CatalogColumn(string Name, string Type, bool Nullable, string? Default);

public sealed record CatalogForeignKey(string Name, string[] Columns, string RefTable, string[] RefColumns, string OnDelete, string OnUpdate)
{
    public override string ToString() =>
        $"FOREIGN KEY ({string.Join(", ", Columns)}) REFERENCES {RefTable}({string.Join(", ", RefColumns)}) ON DELETE {OnDelete}";
}

public sealed record CatalogCheck(string Name, string Definition);

public sealed partial record CatalogTable(
    CatalogColumn[] Columns, string[] PrimaryKey, string[][] Unique, CatalogForeignKey[] ForeignKeys, CatalogCheck[] Checks, string[] Indexes)
{
    /// <summary>The index's name, read from its definition (<c>CREATE [UNIQUE] INDEX name ON ...</c>).</summary>
    public static string IndexName(string definition) => IndexNamePattern().Match(definition).Groups[1].Value;

    [GeneratedRegex(@"^CREATE (?:UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?(\S+) ON")]
    private static partial Regex IndexNamePattern();
}

public sealed record CatalogFunction(string Signature, string Returns, string Language);

public sealed record CatalogView(string Name, string[] Columns);

public sealed record CatalogTrigger(string Table, string Name, string Definition);
