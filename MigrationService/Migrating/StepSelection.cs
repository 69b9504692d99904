using WhisperAspire.Data.Schema;

namespace WhisperAspire.MigrationService.Migrating;

/// <summary>
/// Narrows a plan to the steps named by <c>--Migrations:Steps</c>, so a database can be built as an older build left
/// it (the upgrade test builds today's main that way, then applies the rest). No I/O: every rule is unit-tested.
/// </summary>
public static class StepSelection
{
    /// <summary>
    /// A step is named by its journal name (<c>20251020120000_AddX</c>, <c>Scripts/Advanced/010_x.sql</c>) or, for a
    /// script, by its file name (<c>010_x.sql</c>). Names already applied are accepted and do nothing.
    /// </summary>
    /// <returns>The narrowed plan, or the reasons the selection is refused (unknown names, a skipped migration).</returns>
    public static (SchemaPlan Plan, IReadOnlyList<string> Errors) Narrow(
        SchemaPlan plan, IReadOnlyList<SchemaStep> catalog, IReadOnlyCollection<string> names)
    {
        var selected = new HashSet<SchemaStep>();
        List<string> errors = [];
        foreach (var name in names)
        {
            var matches = catalog.Where(step => Names(step).Contains(name, StringComparer.Ordinal)).ToList();
            if (matches.Count != 1)
            {
                errors.Add(matches.Count == 0
                    ? $"--{MigrationOptions.Section}:{nameof(MigrationOptions.Steps)} names {name}, which is not a step of this build. Its steps: {string.Join(", ", catalog.Select(s => s.Name))}."
                    : $"--{MigrationOptions.Section}:{nameof(MigrationOptions.Steps)} names {name}, which matches {string.Join(" and ", matches)}: give the full name.");
            }

            selected.UnionWith(matches);
        }

        var toApply = plan.ToApply.Where(selected.Contains).ToList();
        // EF migrates to a target id and so applies every pending migration before it: leaving one out cannot be honoured.
        var pendingMigrations = plan.ToApply.Where(step => step.Kind == SchemaStepKind.EfMigration).ToList();
        var lastSelected = pendingMigrations.FindLastIndex(selected.Contains);
        errors.AddRange(pendingMigrations.Take(lastSelected + 1).Where(step => !selected.Contains(step))
            .Select(step => $"{step} is pending and sorts before the selected {pendingMigrations[lastSelected]}: EF would apply it too. Select it as well."));

        return (plan with { ToApply = toApply }, errors);
    }

    /// <summary>The option's value: names separated by commas, blanks ignored.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static string[] Names(SchemaStep step) =>
        step.Kind == SchemaStepKind.SqlScript ? [step.Name, step.Name.Split('/', '\\')[^1]] : [step.Name];
}
