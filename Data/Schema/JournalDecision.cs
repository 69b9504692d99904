namespace WhisperAspire.Data.Schema;

/// <summary>
/// Compares the catalog with the journal and EF's migration history; no I/O, so every rule is unit-tested.
/// The journal decides for scripts; __EFMigrationsHistory decides whether an EF migration ran, the journal
/// only records it.
/// </summary>
public static class JournalDecision
{
    public static SchemaPlan Decide(
        IReadOnlyList<SchemaStep> catalog,
        IReadOnlyCollection<SchemaJournalEntry> journal,
        IReadOnlyCollection<string> appliedMigrations)
    {
        var journaled = journal.ToDictionary(entry => entry.Step, StringComparer.Ordinal);
        var applied = appliedMigrations.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Only migrations of this build count: EF reverts those, and ignores history rows from other branches.
        var latestApplied = catalog
            .Where(step => step.Kind == SchemaStepKind.EfMigration && applied.Contains(step.Name))
            .Select(step => step.Name)
            .Max(StringComparer.OrdinalIgnoreCase);
        List<SchemaStep> toApply = [], toRecord = [];
        List<string> refusals = [];

        foreach (var step in catalog)
        {
            var entry = journaled.GetValueOrDefault(step.Name);
            if (entry is not null && entry.Checksum != step.Checksum)
            {
                refusals.Add(Changed(step, entry));
            }
            else if (step.Kind == SchemaStepKind.SqlScript)
            {
                if (entry is null)
                {
                    toApply.Add(step);
                }
            }
            else if (applied.Contains(step.Name))
            {
                if (entry is null)
                {
                    toRecord.Add(step);
                }
            }
            else if (entry is not null)
            {
                refusals.Add($"{step} is in {SchemaJournalEntry.TableName} but not in __EFMigrationsHistory: the history was edited by hand.");
            }
            else if (StringComparer.OrdinalIgnoreCase.Compare(step.Name, latestApplied) < 0)
            {
                // Migrating to an older target makes EF revert every later migration: refuse rather than lose data.
                refusals.Add($"{step} sorts before the applied migration {latestApplied}; EF would revert that one to apply it. Give it a later id.");
            }
            else
            {
                toApply.Add(step);
            }
        }

        var known = catalog.Select(step => step.Name).ToHashSet(StringComparer.Ordinal);
        return new SchemaPlan(toApply, toRecord, refusals, [.. journaled.Keys.Where(name => !known.Contains(name)).Order(StringComparer.Ordinal)]);
    }

    private static string Changed(SchemaStep step, SchemaJournalEntry entry) =>
        $"{step} changed since it was applied on {entry.AppliedAt:u} (journal checksum {entry.Checksum}, now {step.Checksum}). " +
        (step.Kind == SchemaStepKind.SqlScript
            ? "Scripts are append-only: add a new script instead."
            : "Migrations are append-only: add a new migration instead.");
}
