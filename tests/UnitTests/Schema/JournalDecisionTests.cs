using WhisperAspire.Data.Schema;
using static WhisperAspire.UnitTests.Schema.SchemaSteps;

namespace WhisperAspire.UnitTests.Schema;

public class JournalDecisionTests
{
    private static readonly SchemaStep Baseline = Migration("20251011000000_Baseline");
    private static readonly SchemaStep Cleanup = Migration("20251013000000_Cleanup");
    private static readonly SchemaStep Graph = Script(SchemaStage.Enrichment, "001_graph.sql");
    private static readonly SchemaStep Insights = Script(SchemaStage.Advanced, "010_insights.sql");
    private static readonly IReadOnlyList<SchemaStep> Catalog = [Baseline, Cleanup, Graph, Insights];

    [Fact]
    public void A_fresh_database_gets_every_step_in_catalog_order()
    {
        var plan = JournalDecision.Decide(Catalog, [], []);

        Assert.Equal(Catalog, plan.ToApply);
        Assert.Empty(plan.ToRecord);
        Assert.Empty(plan.Refusals);
        Assert.False(plan.IsUpToDate);
    }

    [Fact]
    public void An_up_to_date_database_has_nothing_to_do()
    {
        var plan = JournalDecision.Decide(Catalog, [.. Catalog.Select(step => Journaled(step))], [Baseline.Name, Cleanup.Name]);

        Assert.True(plan.IsUpToDate);
        Assert.Empty(plan.ToApply);
    }

    [Fact]
    public void Only_the_steps_missing_from_the_journal_and_history_are_pending()
    {
        var plan = JournalDecision.Decide(Catalog, [Journaled(Baseline), Journaled(Graph)], [Baseline.Name]);

        Assert.Equal([Cleanup, Insights], plan.ToApply);
    }

    [Fact]
    public void A_changed_script_is_refused_with_its_name_and_both_checksums()
    {
        var plan = JournalDecision.Decide(Catalog, [.. Catalog.Select(step => Journaled(step, step == Insights ? "old" : null))], [Baseline.Name, Cleanup.Name]);

        var refusal = Assert.Single(plan.Refusals);
        Assert.Equal(
            "script Scripts/Advanced/010_insights.sql changed since it was applied on 2025-10-20 12:00:00Z (journal checksum old, now s). " +
            "Scripts are append-only: add a new script instead.",
            refusal);
        Assert.Empty(plan.ToApply);
        Assert.False(plan.IsUpToDate);
    }

    [Fact]
    public void A_changed_migration_is_refused_too()
    {
        var plan = JournalDecision.Decide([Baseline], [Journaled(Baseline, "old")], [Baseline.Name]);

        Assert.Contains("migration 20251011000000_Baseline changed", Assert.Single(plan.Refusals));
    }

    [Fact]
    public void A_migration_in_the_history_but_not_the_journal_is_recorded_not_reapplied()
    {
        // The process died after EF committed Cleanup and before its journal row was written.
        var plan = JournalDecision.Decide(Catalog, [Journaled(Baseline)], [Baseline.Name, Cleanup.Name]);

        Assert.Equal([Cleanup], plan.ToRecord);
        Assert.Equal([Graph, Insights], plan.ToApply);
        Assert.Empty(plan.Refusals);
    }

    [Fact]
    public void A_migration_that_sorts_before_an_applied_one_is_refused_because_EF_would_revert()
    {
        var plan = JournalDecision.Decide([Baseline, Cleanup], [Journaled(Cleanup)], [Cleanup.Name]);

        Assert.Contains($"migration {Baseline.Name} sorts before the applied migration {Cleanup.Name}", Assert.Single(plan.Refusals));
        Assert.Empty(plan.ToApply);
    }

    [Fact]
    public void History_rows_from_other_branches_do_not_block_a_migration()
    {
        var plan = JournalDecision.Decide([Baseline], [], ["20251099000000_OtherBranch"]);

        Assert.Equal([Baseline], plan.ToApply);
        Assert.Empty(plan.Refusals);
    }

    [Fact]
    public void A_journaled_migration_missing_from_the_history_is_refused()
    {
        var plan = JournalDecision.Decide([Baseline], [Journaled(Baseline)], []);

        Assert.Contains("__EFMigrationsHistory", Assert.Single(plan.Refusals));
    }

    [Fact]
    public void Journaled_steps_unknown_to_this_build_are_reported_and_left_alone()
    {
        var removed = Script(SchemaStage.Advanced, "999_elsewhere.sql");

        var plan = JournalDecision.Decide([Graph], [Journaled(Graph), Journaled(removed)], []);

        Assert.Equal([removed.Name], plan.Unknown);
        Assert.True(plan.IsUpToDate);
    }
}
