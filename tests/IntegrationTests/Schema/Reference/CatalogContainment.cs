namespace WhisperAspire.IntegrationTests.Schema.Reference;

/// <summary>
/// Item 1 of issue 10: production's catalog is contained in ours — every table, column (same type or a wider one of
/// the family), key, check, index, trigger, view, enum, extension and function — apart from what the decision table
/// documents. Returns every failure, each naming the object, so one run lists them all.
/// </summary>
public static class CatalogContainment
{
    public static IReadOnlyList<string> Failures(ProductionCatalog production, ProductionCatalog ours, IReadOnlyList<Decision> decisions)
    {
        List<string> failures = [];
        foreach (var (name, table) in production.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (LeftOut(decisions, name))
            {
                continue;
            }

            if (ours.Tables.GetValueOrDefault(name) is not { } our)
            {
                failures.Add($"table {name}: missing");
                continue;
            }

            failures.AddRange(Columns(name, table.Columns, our, decisions));
            if (!table.PrimaryKey.SequenceEqual(our.PrimaryKey))
            {
                failures.Add($"primary key {name}({string.Join(", ", table.PrimaryKey)}): ours is ({string.Join(", ", our.PrimaryKey)})");
            }

            failures.AddRange(table.Unique
                .Where(u => !DecisionChecks.HasUnique(our, u) && !Decided(decisions, name, "unique", d => Ddl.UniqueColumns(d.ProductionHas) is { } cols && DecisionChecks.SameColumns(cols, u)))
                .Select(u => $"unique {name}({string.Join(", ", u)}): missing"));
            failures.AddRange(table.ForeignKeys
                .Where(k => !our.ForeignKeys.Any(o => Ddl.Matches(o, (k.Columns, k.RefTable, k.RefColumns, k.OnDelete)))
                    && !Decided(decisions, name, "foreign key", d => Ddl.ForeignKey(d.ProductionHas) is { } fk && Ddl.Matches(k, fk)))
                .Select(k => $"foreign key {name}.{k.Name} {k}: missing"));
            failures.AddRange(table.Checks
                .Where(c => !DecisionChecks.HasCheck(our, c.Definition) && !Decided(decisions, name, "check", d => d.ProductionHas is { } p && SqlText.SameDefinition(p, c.Definition)))
                .Select(c => $"check {name}.{c.Name} {c.Definition}: missing"));
            failures.AddRange(table.Indexes.Where(i => !LeftOut(decisions, CatalogTable.IndexName(i))).Select(i => Index(i, our)).OfType<string>());
        }

        foreach (var (name, columns) in production.CreatedByTheApplication)
        {
            // The application creates these when missing; where we define one, it must take the application's rows.
            if (ours.Tables.GetValueOrDefault(name) is { } our)
            {
                failures.AddRange(Columns(name, columns, our, decisions));
            }
        }

        failures.AddRange(production.Triggers.Where(t => !LeftOut(decisions, t.Name)).Select(t => Trigger(t, ours)).OfType<string>());
        failures.AddRange(production.Views.Where(v => !LeftOut(decisions, v.Name)).Select(v => View(v, ours)).OfType<string>());
        failures.AddRange(production.EnumTypes
            .Where(e => !ours.EnumTypes.TryGetValue(e.Key, out var labels) || !labels.SequenceEqual(e.Value))
            .Select(e => $"enum {e.Key} ({string.Join(", ", e.Value)}): {(ours.EnumTypes.TryGetValue(e.Key, out var labels) ? $"ours is ({string.Join(", ", labels)})" : "missing")}"));
        failures.AddRange(production.ExtensionNames.Where(e => !ours.Extensions.Contains(e)).Select(e => $"extension {e}: missing"));
        failures.AddRange(production.Functions
            .Where(f => !LeftOut(decisions, f.Signature) && !ours.Functions.Any(o => SqlText.SameDefinition(o.Signature, f.Signature)))
            .Select(f => $"function {f.Signature}: missing"));
        return failures;
    }

    private static IEnumerable<string> Columns(string table, CatalogColumn[] columns, CatalogTable our, IReadOnlyList<Decision> decisions)
    {
        foreach (var column in columns)
        {
            var ourColumn = our.Columns.FirstOrDefault(c => c.Name == column.Name);
            if (ourColumn is null)
            {
                yield return $"column {table}.{column.Name} {column.Type}: missing";
            }
            else if (!TypeFamily.Holds(column.Type, ourColumn.Type) && !decisions.Any(d => d.Kind == "type" && d.Object == $"{table}.{column.Name}"))
            {
                yield return $"column {table}.{column.Name} {column.Type}: ours is {ourColumn.Type}, neither the same nor wider, and no type row says why";
            }
        }
    }

    private static string? Index(string definition, CatalogTable our)
    {
        var name = CatalogTable.IndexName(definition);
        var ours = our.Indexes.FirstOrDefault(i => CatalogTable.IndexName(i) == name);
        return ours is null ? $"index {name} ({definition}): missing"
            : SqlText.SameDefinition(ours, definition) ? null
            : $"index {name}: production has {SqlText.Normalize(definition)}, ours is {SqlText.Normalize(ours)}";
    }

    private static string? Trigger(CatalogTrigger trigger, ProductionCatalog ours)
    {
        var our = ours.Triggers.FirstOrDefault(t => t.Table == trigger.Table && t.Name == trigger.Name);
        return our is null ? $"trigger {trigger.Name} on {trigger.Table}: missing"
            : SqlText.SameDefinition(our.Definition, trigger.Definition) ? null
            : $"trigger {trigger.Name} on {trigger.Table}: production has {SqlText.Normalize(trigger.Definition)}, ours is {SqlText.Normalize(our.Definition)}";
    }

    private static string? View(CatalogView view, ProductionCatalog ours)
    {
        var our = ours.Views.FirstOrDefault(v => v.Name == view.Name);
        return our is null ? $"view {view.Name}: missing"
            : our.Columns.SequenceEqual(view.Columns) ? null
            : $"view {view.Name}: production's columns are ({string.Join(", ", view.Columns)}), ours are ({string.Join(", ", our.Columns)})";
    }

    private static bool LeftOut(IReadOnlyList<Decision> decisions, string name) =>
        decisions.Any(d => d.Kind == "left out" && (d.Object == name || SqlText.SameDefinition(d.Object, name)));

    private static bool Decided(IReadOnlyList<Decision> decisions, string table, string kind, Func<Decision, bool> about) =>
        decisions.Any(d => d.Kind == kind && d.Table == table && about(d));
}
