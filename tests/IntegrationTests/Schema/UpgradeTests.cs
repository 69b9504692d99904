using WhisperAspire.IntegrationTests.Infrastructure;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>
/// A database built by today's main (commit 9bf87a7) reaches this build's schema through the new steps alone, with its
/// rows kept. Steps are append-only, so today's schema is this build's steps up to main's last ones.
/// </summary>
public sealed class UpgradeTests(StackFixture fixture)
{
    /// <summary>Every step of main at 9bf87a7, by the names --Migrations:Steps takes.</summary>
    private static readonly string[] MainSteps =
    [
        "20251011120000_BaselineV106",
        "20251012120000_ExpandCdlInterestsAndClassification",
        "20251013120000_DropLegacyCdlTables",
        "20251014120000_AddCharacterConfigurationAndBotDeployments",
        "20251015120000_AddDiscordIntegrationFields",
        "20251017120000_AddEmotionalStatesAndLearningPersistence",
        "20251019185800_DocumentEnrichmentSchema",
        "20251020120000_AddPersonalityTraitsStylesAndValues",
        "Scripts/Enrichment/001_semantic_knowledge_graph.sql",
        "Scripts/Advanced/010_character_intelligence.sql",
        "Scripts/Advanced/020_personality_optimization.sql",
        "Scripts/Advanced/030_character_configuration.sql",
        "Scripts/Advanced/040_identity_and_memory.sql",
        "Scripts/Advanced/050_conversation_and_roleplay.sql",
        "Scripts/Advanced/060_character_expression.sql",
        "Scripts/Advanced/070_strategic_analytics.sql",
    ];

    /// <summary>Rows as main's schema and Api write them, in every table the new steps change; ids left to the database.</summary>
    private const string MainRows = """
        INSERT INTO characters (name, display_name) VALUES ('upgrade-a', 'Upgrade A'), ('upgrade-b', NULL);
        INSERT INTO character_emotional_states (character_id, emotion_name, baseline_intensity, triggers)
             SELECT id, 'calm', 0.4, 'tides' FROM characters WHERE name = 'upgrade-a';
        INSERT INTO character_memories (character_id, memory_type, title, description, emotional_impact, importance)
             SELECT id, 'event', 'numeric', 'An impact given as a number', '7', 'high' FROM characters WHERE name = 'upgrade-a'
             UNION ALL SELECT id, 'event', 'free', 'An impact given in words', 'deeply moving', NULL FROM characters WHERE name = 'upgrade-a';
        INSERT INTO character_background (character_id, childhood, education)
             SELECT id, 'By the sea', 'Harbour school' FROM characters WHERE name = 'upgrade-b';
        -- The seeds ban per bot: one user banned by two bots is two rows.
        INSERT INTO banned_users (user_id, bot_name, reason, banned_by) VALUES ('1001', 'bot-a', 'spam', 'mod'), ('1001', 'bot-b', 'spam', 'mod');
        INSERT INTO bot_deployments (bot_name, character_id, discord_token_encrypted, health_endpoint_port)
             SELECT 'bot-a', id, 'encrypted-token', 9091 FROM characters WHERE name = 'upgrade-a';
        -- The seeds allow several deployments of one character (an older one here) and deployments that name no character.
        INSERT INTO bot_deployments (bot_name, character_id, discord_token_encrypted, health_endpoint_port, deployment_config, updated_at)
             SELECT 'bot-a-old', id, 'older-token', 9093, '{"shards": 1}', now() - interval '1 day' FROM characters WHERE name = 'upgrade-a';
        INSERT INTO bot_deployments (bot_name, discord_token_encrypted) VALUES ('upgrade-b', 'token-b'), ('orphan-bot', 'token-c');
        INSERT INTO fact_entities (entity_name, entity_type, description) VALUES ('Lighthouse', 'place', 'Tall'), ('Violin', 'instrument', NULL), ('Harbour', 'place', NULL);
        INSERT INTO entity_relationships (source_entity_id, target_entity_id, relationship_type)
             SELECT s.id, t.id, 'near' FROM fact_entities s, fact_entities t WHERE s.entity_name = 'Lighthouse' AND t.entity_name = 'Harbour'
             UNION ALL SELECT s.id, t.id, 'played_at' FROM fact_entities s, fact_entities t WHERE s.entity_name = 'Violin' AND t.entity_name = 'Harbour';
        INSERT INTO user_fact_relationships (user_id, bot_name, entity_id, relationship_type)
             SELECT '1001', 'bot-a', id, 'likes' FROM fact_entities WHERE entity_name = 'Violin'
             UNION ALL SELECT '1002', 'bot-a', id, 'visited' FROM fact_entities WHERE entity_name = 'Lighthouse';
        """;

    /// <summary>
    /// The rows and what they point at, by values that survive an id's change of type. An edge type outside production's
    /// six becomes related_to with the seed's type kept in metadata.original_relationship_type (docs/schema.md), so the
    /// upgraded database is read through that rule.
    /// </summary>
    private static string Contents(bool upgraded) => ContentsTemplate.Replace("{link type}",
        upgraded ? "coalesce(r.metadata->>'original_relationship_type', r.relationship_type)" : "r.relationship_type", StringComparison.Ordinal);

    private const string ContentsTemplate = """
        SELECT 'character ' || name || ' ' || coalesce(display_name, '') FROM characters WHERE name LIKE 'upgrade-%'
        UNION ALL SELECT 'emotion ' || c.name || ' ' || s.emotion_name || ' ' || round(s.baseline_intensity::numeric, 2) || ' ' || s.triggers FROM character_emotional_states s JOIN characters c ON c.id = s.character_id
        UNION ALL SELECT 'memory ' || c.name || ' ' || m.title || ' ' || m.description FROM character_memories m JOIN characters c ON c.id = m.character_id
        UNION ALL SELECT 'background ' || c.name || ' ' || b.childhood || ' ' || b.education FROM character_background b JOIN characters c ON c.id = b.character_id
        UNION ALL SELECT 'ban ' || user_id || ' ' || bot_name || ' ' || reason FROM banned_users WHERE bot_name = 'bot-b'
        UNION ALL SELECT 'deployment ' || d.bot_name || ' ' || c.name || ' ' || d.discord_token_encrypted || ' ' || d.health_endpoint_port FROM bot_deployments d JOIN characters c ON c.id = d.character_id WHERE d.bot_name = 'bot-a'
        UNION ALL SELECT 'entity ' || entity_name || ' ' || entity_type FROM fact_entities
        UNION ALL SELECT 'link ' || s.entity_name || ' ' || {link type} || ' ' || t.entity_name
                    FROM entity_relationships r JOIN fact_entities s ON s.id = r.source_entity_id JOIN fact_entities t ON t.id = r.target_entity_id
        UNION ALL SELECT 'fact ' || u.user_id || ' ' || u.bot_name || ' ' || u.relationship_type || ' ' || e.entity_name
                    FROM user_fact_relationships u JOIN fact_entities e ON e.id = u.entity_id
        ORDER BY 1
        """;

    [Fact]
    public async Task A_database_built_by_today_s_main_reaches_this_build_s_schema_with_its_rows_kept()
    {
        await using var upgraded = await ScratchDatabase.CreateAsync(fixture.Stack);
        await using var fresh = await ScratchDatabase.CreateAsync(fixture.Stack);
        await MigrateAsync(upgraded, $"--Migrations:Steps={string.Join(',', MainSteps)}");
        await upgraded.ExecuteAsync(MainRows);
        var before = await Database.ListAsync(upgraded.ConnectionString, Contents(upgraded: false));

        await MigrateAsync(upgraded);
        await MigrateAsync(fresh);

        await AssertMergedBansKeptAsync(upgraded);
        await AssertMergedDeploymentsKeptAsync(upgraded);
        Assert.Equal(before, await Database.ListAsync(upgraded.ConnectionString, Contents(upgraded: true)));
        await AssertEmotionalImpactKeptAsync(upgraded);
        var (freshCatalog, upgradedCatalog) = (await CatalogDump.ReadAsync(fresh.ConnectionString), await CatalogDump.ReadAsync(upgraded.ConnectionString));
        var differences = freshCatalog.Except(upgradedCatalog).Select(l => $"fresh only:    {l}")
            .Concat(upgradedCatalog.Except(freshCatalog).Select(l => $"upgraded only: {l}")).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>A number converts to the integer column; free text stays in the column docs/schema.md names.</summary>
    private static async Task AssertEmotionalImpactKeptAsync(ScratchDatabase database)
    {
        var beside = DecisionTable.Load().SingleOrDefault(d => d.Kind == "kept beside" && d.Object == "character_memories.emotional_impact")?.WeChose?.Split('.')[^1];
        Assert.True(beside is not null, "docs/schema.md has no `kept beside` row for character_memories.emotional_impact naming the column that keeps free text");

        var numeric = await database.ScalarAsync<string>("SELECT emotional_impact::text FROM character_memories WHERE title = 'numeric'");
        var free = await database.ScalarAsync<string>($"SELECT {beside}::text FROM character_memories WHERE title = 'free'");

        Assert.Equal("7", numeric);
        Assert.Equal("deeply moving", free);
    }

    /// <summary>
    /// One ban per Discord user: of the two equally recent bans the later row (bot-b) stays, the other is kept whole
    /// as JSON in its notes (docs/schema.md, banned_users' unique row).
    /// </summary>
    private static async Task AssertMergedBansKeptAsync(ScratchDatabase database)
    {
        var bans = await Database.ListAsync(database.ConnectionString,
            "SELECT discord_user_id || ' ' || bot_name || ' ' || coalesce(is_active, false) FROM banned_users ORDER BY 1");
        var merged = await Database.ListAsync(database.ConnectionString, """
            SELECT m ->> 'user_id' || ' ' || (m ->> 'bot_name') || ' ' || (m ->> 'reason') || ' ' || (m ->> 'banned_by')
            FROM banned_users, jsonb_array_elements(notes::jsonb -> 'merged_bans') AS m
            """);

        Assert.Equal(["1001 bot-b true"], bans);
        Assert.Equal(["1001 bot-a spam mod"], merged);
    }

    /// <summary>
    /// One deployment per character: deployments without a character are linked by name (upgrade-b) or get a new
    /// inactive character (orphan-bot); of upgrade-a's two the more recently updated stays and the other is kept whole,
    /// token included, in its config beside its own.
    /// </summary>
    private static async Task AssertMergedDeploymentsKeptAsync(ScratchDatabase database)
    {
        var deployments = await Database.ListAsync(database.ConnectionString, """
            SELECT d.bot_name || ' ' || c.name || ' ' || coalesce(c.is_active, true) || ' ' || d.discord_token_encrypted
            FROM bot_deployments d JOIN characters c ON c.id = d.character_id ORDER BY 1
            """);
        var merged = await Database.ListAsync(database.ConnectionString, """
            SELECT m ->> 'bot_name' || ' ' || (m ->> 'discord_token_encrypted') || ' ' || (m ->> 'health_endpoint_port') || ' ' || (m -> 'deployment_config' ->> 'shards')
            FROM bot_deployments, jsonb_array_elements(config::jsonb -> 'merged') AS m
            """);

        Assert.Equal(["bot-a upgrade-a true encrypted-token", "orphan-bot orphan-bot false token-c", "upgrade-b upgrade-b true token-b"], deployments);
        Assert.Equal(["bot-a-old older-token 9093 1"], merged);
    }

    private static async Task MigrateAsync(ScratchDatabase database, params string[] args)
    {
        var result = await database.MigrateAsync(args);
        Assert.True(result.ExitCode == 0, $"MigrationService {string.Join(' ', args)} exited {result.ExitCode}:{Environment.NewLine}{result.StandardOutput}{result.StandardError}");
    }
}
