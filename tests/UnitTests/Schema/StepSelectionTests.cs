using WhisperAspire.Data.Schema;
using WhisperAspire.MigrationService.Migrating;
using static WhisperAspire.UnitTests.Schema.SchemaSteps;

namespace WhisperAspire.UnitTests.Schema;

public class StepSelectionTests
{
    private static readonly SchemaStep Baseline = Migration("20251011000000_Baseline");
    private static readonly SchemaStep Cleanup = Migration("20251013000000_Cleanup");
    private static readonly SchemaStep Graph = Script(SchemaStage.Enrichment, "001_graph.sql");
    private static readonly SchemaStep Insights = Script(SchemaStage.Advanced, "010_insights.sql");
    private static readonly IReadOnlyList<SchemaStep> Catalog = [Baseline, Cleanup, Graph, Insights];
    private static readonly SchemaPlan Fresh = JournalDecision.Decide(Catalog, [], []);

    [Fact]
    public void Only_the_named_steps_stay_in_the_plan_in_catalog_order()
    {
        var (plan, errors) = StepSelection.Narrow(Fresh, Catalog, ["010_insights.sql", Baseline.Name]);

        Assert.Empty(errors);
        Assert.Equal([Baseline, Insights], plan.ToApply);
    }

    [Fact]
    public void A_script_is_named_by_its_journal_name_or_its_file_name()
    {
        var (byPath, _) = StepSelection.Narrow(Fresh, Catalog, ["Scripts/Enrichment/001_graph.sql"]);
        var (byFile, _) = StepSelection.Narrow(Fresh, Catalog, ["001_graph.sql"]);

        Assert.Equal([Graph], byPath.ToApply);
        Assert.Equal([Graph], byFile.ToApply);
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_names_it_and_lists_the_steps()
    {
        var (_, errors) = StepSelection.Narrow(Fresh, Catalog, ["020_missing.sql"]);

        var error = Assert.Single(errors);
        Assert.Contains("020_missing.sql", error, StringComparison.Ordinal);
        Assert.Contains(Insights.Name, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_out_a_pending_migration_before_a_selected_one_is_an_error()
    {
        var (_, errors) = StepSelection.Narrow(Fresh, Catalog, [Cleanup.Name]);

        Assert.Contains(Baseline.Name, Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_already_applied_are_accepted_and_do_nothing()
    {
        var journal = new[] { Journaled(Baseline), Journaled(Graph) };
        var plan = JournalDecision.Decide(Catalog, journal, [Baseline.Name]);

        var (narrowed, errors) = StepSelection.Narrow(plan, Catalog, [Baseline.Name, "001_graph.sql", Cleanup.Name]);

        Assert.Empty(errors);
        Assert.Equal([Cleanup], narrowed.ToApply);
    }

    [Fact]
    public void The_option_value_is_split_on_commas_and_blanks_are_ignored()
    {
        Assert.Equal(["a", "b.sql"], StepSelection.Parse(" a, ,b.sql,"));
        Assert.Empty(StepSelection.Parse(null));
    }
}
