using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>The containment check on two tiny catalogs: what it reports, and what a decision row excuses.</summary>
public class CatalogContainmentTests
{
    private static readonly ProductionCatalog Production = Catalog(new CatalogTable(
        [new("id", "integer", false, null), new("user_id", "character varying(100)", false, null), new("impact", "integer", true, "5")],
        ["id"],
        [["user_id"]],
        [new("things_owner_fkey", ["user_id"], "owners", ["id"], "CASCADE", "NO ACTION")],
        [new("things_impact_check", "CHECK (((impact >= 1) AND (impact <= 10)))")],
        ["CREATE INDEX ix_things_impact ON things USING btree (impact)"]));

    [Fact]
    public void An_identical_or_wider_catalog_contains_production_s()
    {
        var wider = Production with
        {
            Tables = new() { ["things"] = Production.Tables["things"] with { Columns = [new("id", "integer", false, null), new("user_id", "text", true, null), new("impact", "bigint", true, null)] } },
        };

        Assert.Empty(CatalogContainment.Failures(Production, Production, []));
        Assert.Empty(CatalogContainment.Failures(Production, wider, []));
    }

    [Fact]
    public void A_unique_key_on_the_same_columns_in_another_order_is_the_same_key()
    {
        var production = Catalog(Production.Tables["things"] with { Unique = [["user_id", "impact"]] });
        var ours = Catalog(Production.Tables["things"] with { Unique = [["impact", "user_id"]] });

        Assert.Empty(CatalogContainment.Failures(production, ours, []));
    }

    [Fact]
    public void Every_difference_is_reported_naming_its_object()
    {
        var ours = Catalog(new CatalogTable(
            [new("id", "integer", false, null), new("user_id", "character varying(50)", false, null), new("impact", "character varying(100)", true, null)],
            ["id"], [], [], [], ["CREATE INDEX ix_things_impact ON public.things USING btree (impact DESC)"]));

        var failures = CatalogContainment.Failures(Production, ours, []);

        Assert.Equal(6, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("column things.user_id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("column things.impact", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("unique things(user_id)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("foreign key things.things_owner_fkey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("check things.things_impact_check", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("index ix_things_impact", StringComparison.Ordinal));
    }

    [Fact]
    public void Decision_rows_excuse_the_differences_they_document()
    {
        var ours = Catalog(new CatalogTable(
            [new("id", "integer", false, null), new("user_id", "character varying(100)", false, null), new("impact", "uuid", true, null)],
            ["id"], [], [new("things_owner_fkey", ["user_id"], "owners", ["id"], "CASCADE", "NO ACTION")], [], []));
        Decision[] rows =
        [
            new("things.impact", "type", null, "integer", "uuid", "."),
            new("things", "unique", null, "UNIQUE (user_id)", "dropped", "."),
            new("things", "check", null, "CHECK (((impact >= 1) AND (impact <= 10)))", "dropped", "."),
            new("ix_things_impact", "left out", null, "CREATE INDEX ix_things_impact ON things USING btree (impact)", "left out", "."),
        ];

        Assert.Empty(CatalogContainment.Failures(Production, ours, rows));
    }

    [Fact]
    public void A_missing_table_view_trigger_enum_extension_and_function_are_each_reported()
    {
        var production = Production with
        {
            Views = [new("v", ["a integer"])],
            Triggers = [new("things", "trg", "CREATE TRIGGER trg BEFORE INSERT ON things FOR EACH ROW EXECUTE FUNCTION f()")],
            EnumTypes = new() { ["mood"] = ["calm", "angry"] },
            Extensions = ["pg_trgm", "(built-in) gen_random_uuid()"],
            Functions = [new("f()", "trigger", "plpgsql")],
        };
        var ours = production with { Tables = [], Views = [], Triggers = [], EnumTypes = new() { ["mood"] = ["angry", "calm"] }, Extensions = [], Functions = [] };

        var failures = CatalogContainment.Failures(production, ours, []);

        Assert.Equal(["table things: missing", "trigger trg on things: missing", "view v: missing", "enum mood (calm, angry): ours is (angry, calm)", "extension pg_trgm: missing", "function f(): missing"], failures);
    }

    private static ProductionCatalog Catalog(CatalogTable things) =>
        new(new() { ["things"] = things }, [], [], [], [], [], []);
}
