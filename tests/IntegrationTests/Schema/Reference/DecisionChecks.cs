namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>
/// Holds one decision row against each side: "Production has" against production's catalog, "Seed says" against the
/// seed DDL, "We chose" against our database (read into the catalog's shape). Each check yields failures, naming the row.
/// </summary>
public static class DecisionChecks
{
    public static IEnumerable<string> UnknownKind(Decision row) =>
        Decision.Kinds.Contains(row.Kind) ? [] : [$"{row}: unknown kind '{row.Kind}' (one of {string.Join(", ", Decision.Kinds)})"];

    public static IEnumerable<string> AgainstProduction(Decision row, ProductionCatalog production) =>
        row.Kind == "left out"
            ? Exists(production, row.Object) ? [] : [$"{row}: production's catalog has no {row.Object} to leave out"]
            : Side(row, "Production has", row.ProductionHas, production);

    public static IEnumerable<string> AgainstDatabase(Decision row, ProductionCatalog ours) => row.Kind switch
    {
        "left out" => Exists(ours, row.Object) ? [$"{row}: {row.Object} exists in the database"] : [],
        "kept beside" => KeptBeside(row, ours),
        "unique" or "check" or "foreign key" when row.Dropped => Dropped(row, ours),
        _ => Side(row, "We chose", row.WeChose, ours),
    };

    public static IEnumerable<string> AgainstSeed(Decision row, IReadOnlyList<SeedTable> seeds)
    {
        var table = seeds.FirstOrDefault(t => t.Name == row.Table);
        var column = row.Column is { } name ? table?.Column(name) : null;
        var says = row.SeedSays;
        var wrong = $"{row}: Seed says `{says ?? "—"}`, the seed DDL";
        switch (row.Kind)
        {
            case "type" when says is null ? column is not null : column is null || !SameSeedType(says, column):
                return [$"{wrong} has {column?.SeedType ?? "no such column"}"];
            case "not null" when says is null ? column is not null : column is null || (says == "NOT NULL") != column.NotNull:
                return [$"{wrong} has {(column is null ? "no such column" : column.NotNull ? "NOT NULL" : "nullable")}"];
            case "default" when says is null or "none" ? column?.Default is not null : !SqlText.SameDefinition(says, column?.Default ?? ""):
                return [$"{wrong} has {column?.Default ?? "no default"}"];
            case "unique" when says is not null && (Ddl.UniqueColumns(says) is not { } cols || table is null || !table.AllUniques.Any(u => SameColumns(u, cols))):
                return [$"{wrong} has no such unique key"];
            case "check" when says is not null:
                return [$"{wrong} defines no checks"];
            case "foreign key" when says is not null && (Ddl.ForeignKey(says) is not { } key || table is null || !table.Columns.Any(c =>
                c.References is not null && Ddl.ForeignKey($"{c.Name} {c.References}") is { } seedKey && seedKey.Columns.SequenceEqual(key.Columns)
                && seedKey.RefTable == key.RefTable && (key.OnDelete is null || key.OnDelete == (seedKey.OnDelete ?? "NO ACTION")))):
                return [$"{wrong} has no such foreign key"];
            default:
                return [];
        }
    }

    /// <summary>Does the cell describe what this side (production's catalog or our database) has?</summary>
    private static IEnumerable<string> Side(Decision row, string side, string? cell, ProductionCatalog catalog)
    {
        // A table the application creates itself when missing counts as production's too (columns only: it declares no keys).
        var table = catalog.Tables.GetValueOrDefault(row.Table)
            ?? (catalog.CreatedByTheApplication.GetValueOrDefault(row.Table) is { } created ? new CatalogTable(created, [], [], [], [], []) : null);
        var column = row.Column is { } name ? table?.Columns.FirstOrDefault(c => c.Name == name) : null;
        var wrong = $"{row}: {side} `{cell ?? "—"}`, but";
        return row.Kind switch
        {
            "type" when (cell is null ? column is not null : !string.Equals(column?.Type, cell, StringComparison.OrdinalIgnoreCase)) =>
                [$"{wrong} the column is {column?.Type ?? "missing"}"],
            "not null" when (cell is null ? column is not null : column is null || (cell == "NOT NULL") == column.Nullable) =>
                [$"{wrong} the column is {(column is null ? "missing" : column.Nullable ? "nullable" : "NOT NULL")}"],
            "default" when (cell is null or "none" ? column?.Default is not null : !SqlText.SameDefinition(cell, column?.Default ?? "")) =>
                [$"{wrong} the default is {column?.Default ?? "none"}"],
            "unique" when cell is not null && !HasUnique(table, Ddl.UniqueColumns(cell)) => [$"{wrong} there is no such unique key"],
            "check" when cell is not null && !HasCheck(table, cell) => [$"{wrong} there is no such check"],
            "foreign key" when cell is not null && !HasForeignKey(table, cell) => [$"{wrong} there is no such foreign key"],
            "type" or "not null" or "default" or "unique" or "check" or "foreign key" when table is null => [$"{wrong} there is no table {row.Table}"],
            _ => [],
        };
    }

    /// <summary>A dropped key is absent: the one the seed says, or production's when the seed has none.</summary>
    private static IEnumerable<string> Dropped(Decision row, ProductionCatalog ours)
    {
        var table = ours.Tables.GetValueOrDefault(row.Table);
        var cell = row.SeedSays ?? row.ProductionHas;
        var present = cell is not null && row.Kind switch
        {
            "unique" => HasUnique(table, Ddl.UniqueColumns(cell)),
            "check" => HasCheck(table, cell),
            _ => HasForeignKey(table, cell),
        };
        return present ? [$"{row}: We chose `dropped`, but the database still has {cell}"] : [];
    }

    private static IEnumerable<string> KeptBeside(Decision row, ProductionCatalog ours)
    {
        var table = ours.Tables.GetValueOrDefault(row.Table);
        var beside = row.WeChose?.Split('.')[^1];
        var columns = table?.Columns.Select(c => c.Name).ToHashSet() ?? [];
        return [
            .. row.Column is { } c && !columns.Contains(c) ? [$"{row}: the database has no column {row.Object}"] : Array.Empty<string>(),
            .. beside is null || !columns.Contains(beside) ? [$"{row}: the database has no column {row.Table}.{beside ?? "(none named)"} to keep the values beside"] : Array.Empty<string>(),
        ];
    }

    public static bool HasUnique(CatalogTable? table, string[]? columns) =>
        table is not null && columns is not null && table.Unique.Any(u => SameColumns(u, columns));

    /// <summary>A unique key is a set: ON CONFLICT infers it from the columns in any order.</summary>
    public static bool SameColumns(string[] a, string[] b) => a.Length == b.Length && a.ToHashSet().SetEquals(b);

    public static bool HasCheck(CatalogTable? table, string definition) =>
        table is not null && table.Checks.Any(c => SqlText.SameDefinition(c.Definition, definition));

    private static bool HasForeignKey(CatalogTable? table, string cell) =>
        table is not null && Ddl.ForeignKey(cell) is { } key && table.ForeignKeys.Any(k => Ddl.Matches(k, key));

    /// <summary>A left-out object: a function signature, an index, a trigger, a view or a table, by name.</summary>
    public static bool Exists(ProductionCatalog catalog, string name) =>
        name.Contains('(', StringComparison.Ordinal)
            ? catalog.Functions.Any(f => SqlText.SameDefinition(f.Signature, name))
            : catalog.Tables.ContainsKey(name)
              || catalog.Tables.Values.Any(t => t.Indexes.Any(i => CatalogTable.IndexName(i) == name))
              || catalog.Triggers.Any(t => t.Name == name)
              || catalog.Views.Any(v => v.Name == name);

    private static bool SameSeedType(string says, SeedColumn column) =>
        string.Equals(says.Replace(" ", "", StringComparison.Ordinal), column.SeedType.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
        || TypeFamily.FromSeed(says) == column.FormatType;
}
