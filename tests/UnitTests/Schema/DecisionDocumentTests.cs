using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.UnitTests.Schema;

/// <summary>
/// docs/schema.md's decision table against the two documents it quotes: each "Production has" cell against
/// production-catalog.json, each "Seed says" cell against the seed DDL. (Its "We chose" cells are held against the
/// database by the integration tests.)
/// </summary>
public class DecisionDocumentTests
{
    private static readonly ProductionCatalog Production = ProductionCatalog.Load();
    private static readonly IReadOnlyList<SeedTable> Seeds = SeedDdl.Load();

    [Fact]
    public void Every_row_has_a_known_kind_and_quotes_production_s_catalog_and_the_seeds_as_they_are()
    {
        var failures = DecisionTable.Load()
            .SelectMany(row => DecisionChecks.UnknownKind(row)
                .Concat(DecisionChecks.AgainstProduction(row, Production))
                .Concat(DecisionChecks.AgainstSeed(row, Seeds)))
            .ToList();

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Rows_that_misquote_either_side_are_caught()
    {
        Decision[] rows =
        [
            new("banned_users.discord_user_id", "type", null, "integer", "text", "wrong production type"),
            new("character_memories.emotional_impact", "type", "TEXT", "integer", "integer", "wrong seed type"),
            new("banned_users", "unique", "UNIQUE (user_id)", "UNIQUE (discord_user_id)", "dropped", "wrong seed key"),
            new("no_such_function(integer)", "left out", null, null, "left out", "not in production"),
            new("banned_users", "maybe", null, null, null, "unknown kind"),
        ];

        var failures = rows.SelectMany(row => DecisionChecks.UnknownKind(row)
            .Concat(DecisionChecks.AgainstProduction(row, Production))
            .Concat(DecisionChecks.AgainstSeed(row, Seeds))).ToList();

        Assert.Equal(5, failures.Count);
    }

    [Fact]
    public void Rows_that_quote_both_sides_rightly_pass()
    {
        Decision[] rows =
        [
            new("character_memories.emotional_impact", "type", "VARCHAR(100)", "integer", "integer", "."),
            new("banned_users", "unique", "UNIQUE (user_id, bot_name)", "UNIQUE (discord_user_id)", "dropped", "."),
            new("banned_users.banned_by", "not null", "nullable", "NOT NULL", "nullable", "."),
            new("user_fact_relationships", "foreign key", "entity_id INTEGER NOT NULL REFERENCES fact_entities(id) ON DELETE CASCADE", null, "dropped", "."),
        ];

        var failures = rows.SelectMany(row => DecisionChecks.AgainstProduction(row, Production).Concat(DecisionChecks.AgainstSeed(row, Seeds))).ToList();

        Assert.Empty(failures);
    }
}
