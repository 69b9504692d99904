using Npgsql;
using WhisperAspire.IntegrationTests.Infrastructure;
using WhisperAspire.IntegrationTests.Schema.Reference;

namespace WhisperAspire.IntegrationTests.Schema;

/// <summary>The schema the stack applied, checked against the seed documents' DDL.</summary>
public sealed class SchemaShapeTests(StackFixture fixture) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task All_three_stages_are_applied_and_the_database_holds_at_least_65_tables()
    {
        var stages = await ListAsync("SELECT stage || ':' || count(*) FROM schema_journal GROUP BY stage ORDER BY stage");
        var tables = await ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");

        Assert.Equal(["Advanced", "Core", "Enrichment"], stages.Select(s => s.Split(':')[0]));
        Assert.True(tables >= 65, $"{tables} tables");
    }

    [Fact]
    public async Task The_stages_ran_in_order_core_then_enrichment_then_advanced()
    {
        var order = await ListAsync("SELECT stage FROM schema_journal ORDER BY applied_at, step");

        var firstEnrichment = order.IndexOf("Enrichment");
        var firstAdvanced = order.IndexOf("Advanced");
        Assert.True(order.LastIndexOf("Core") < firstEnrichment, string.Join(",", order));
        Assert.True(order.LastIndexOf("Enrichment") < firstAdvanced, string.Join(",", order));
    }

    [Fact]
    public async Task Every_table_the_seeds_define_exists_with_its_documented_columns()
    {
        var tables = SeedDdl.Load();
        Assert.True(tables.Count >= 27, $"found {tables.Count} CREATE TABLE blocks in the seed");
        var ours = await LiveCatalog.ReadAsync(fixture.Stack.ConnectionString);
        var typeRows = DecisionTable.Load().Where(d => d.Kind == "type").Select(d => d.Object).ToHashSet();

        var failures = new List<string>();
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                var our = ours.Tables.GetValueOrDefault(table.Name)?.Columns.FirstOrDefault(c => c.Name == column.Name);
                if (our is null)
                {
                    failures.Add($"{table.Name}.{column.Name}: missing");
                }
                else if (!TypeFamily.Holds(column.FormatType, our.Type) && !typeRows.Contains($"{table.Name}.{column.Name}"))
                {
                    failures.Add($"{table.Name}.{column.Name}: the seed says {column.SeedType} ({column.FormatType}), ours is {our.Type}, and no type row in docs/schema.md says why");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Personality_trait_values_are_numeric_3_2_and_unique_per_character_and_trait()
    {
        var type = await ScalarAsync<string>("""
            SELECT data_type || '(' || numeric_precision || ',' || numeric_scale || ')' FROM information_schema.columns
             WHERE table_name = 'personality_traits' AND column_name = 'trait_value'
            """);
        var characterId = await ScalarAsync<int>("INSERT INTO characters (name) VALUES ('trait-check') RETURNING id");
        await ExecuteAsync($"INSERT INTO personality_traits (character_id, trait_name, trait_value) VALUES ({characterId}, 'openness', 0.85)");

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteAsync($"INSERT INTO personality_traits (character_id, trait_name, trait_value) VALUES ({characterId}, 'openness', 0.5)"));
        var overflow = await Assert.ThrowsAsync<PostgresException>(() =>
            ExecuteAsync($"INSERT INTO personality_traits (character_id, trait_name, trait_value) VALUES ({characterId}, 'neuroticism', 12.5)"));

        Assert.Equal("numeric(3,2)", type);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
        Assert.Equal(PostgresErrorCodes.NumericValueOutOfRange, overflow.SqlState);
    }

    [Fact]
    public async Task Deleting_a_character_deletes_its_CDL_rows()
    {
        var id = await ScalarAsync<int>("INSERT INTO characters (name) VALUES ('cascade-check') RETURNING id");
        await ExecuteAsync($"INSERT INTO character_identity (character_id, full_name) VALUES ({id}, 'Someone')");
        await ExecuteAsync($"INSERT INTO personality_traits (character_id, trait_name, trait_value) VALUES ({id}, 'openness', 0.5)");
        await ExecuteAsync($"INSERT INTO character_values (character_id, value_key, value_description) VALUES ({id}, 'honesty', 'Tells the truth')");
        var interest = await ScalarAsync<int>($"INSERT INTO character_interests (character_id, interest_name) VALUES ({id}, 'tides') RETURNING id");
        await ExecuteAsync($"INSERT INTO character_interest_topics (interest_id, topic_name) VALUES ({interest}, 'spring tides')");

        await ExecuteAsync($"DELETE FROM characters WHERE id = {id}");

        var left = await ScalarAsync<long>($"""
            SELECT (SELECT count(*) FROM character_identity WHERE character_id = {id})
                 + (SELECT count(*) FROM personality_traits WHERE character_id = {id})
                 + (SELECT count(*) FROM character_values WHERE character_id = {id})
                 + (SELECT count(*) FROM character_interests WHERE character_id = {id})
                 + (SELECT count(*) FROM character_interest_topics WHERE interest_id = {interest})
            """);
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task The_search_vector_is_filled_by_the_trigger_and_answers_full_text_queries()
    {
        await ExecuteAsync("INSERT INTO fact_entities (entity_name, entity_type, description) VALUES ('Lighthouse', 'place', 'A tall tower guiding ships along the rocky coast')");
        await ExecuteAsync("INSERT INTO fact_entities (entity_name, entity_type, description) VALUES ('Violin', 'instrument', 'Played at evening concerts')");

        var vector = await ScalarAsync<string>("SELECT search_vector::text FROM fact_entities WHERE entity_name = 'Lighthouse'");
        var found = await ListAsync("SELECT entity_name FROM fact_entities WHERE search_vector @@ to_tsquery('english', 'ships & coast') ORDER BY ts_rank(search_vector, to_tsquery('english', 'ships & coast')) DESC");
        await ExecuteAsync("UPDATE fact_entities SET description = 'Strings and a bow, heard at concerts by the harbour' WHERE entity_name = 'Violin'");
        var afterUpdate = await ListAsync("SELECT entity_name FROM fact_entities WHERE search_vector @@ to_tsquery('english', 'harbour')");

        Assert.Contains("lighthous", vector, StringComparison.Ordinal);
        Assert.Equal(["Lighthouse"], found);
        Assert.Equal(["Violin"], afterUpdate);
    }

    [Theory]
    [InlineData("Nova", "nova")]
    [InlineData("Harbour Pilot", "harbour_pilot")]
    [InlineData("bot_Nova", "nova")]
    [InlineData("NOVA_BOT", "nova")]
    [InlineData("  Sea -- Glass  ", "sea_glass")]
    [InlineData("Zoë 2", "zo_2")]
    [InlineData("!!!", "unknown")]
    public async Task A_characters_normalized_name_is_the_key_WhisperEngine_derives_from_the_bot_name(string name, string key)
    {
        // WhisperEngine loads a character by normalize_bot_name(DISCORD_BOT_NAME); a row given only its name must match.
        var derived = await ScalarAsync<string>($"INSERT INTO characters (name) VALUES ('{name}') RETURNING normalized_name");

        Assert.Equal(key, derived);
    }

    [Fact]
    public async Task No_deprecated_cdl_table_exists_at_head()
    {
        var legacy = await ListAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND (table_name LIKE 'cdl\\_%' OR table_name LIKE '%\\_v2')");

        Assert.Empty(legacy);
    }

    [Fact]
    public async Task The_schema_names_no_character()
    {
        var text = string.Join('\n', await CatalogDump.ReadAsync(fixture.Stack.ConnectionString)) +
            string.Join('\n', await ListAsync("SELECT coalesce(obj_description(c.oid, 'pg_class'), '') FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"));

        Assert.Empty(CharacterNames.FoundIn(text));
    }

    [Fact]
    public async Task The_schema_endpoint_reports_the_journal_stages_and_nothing_pending()
    {
        using var response = await fixture.Stack.Api.GetAsync("/api/schema", TestContext.Current.CancellationToken);
        using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = report.RootElement;

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM schema_journal"), root.GetProperty("journal").GetArrayLength());
        var stages = root.GetProperty("stages").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!);
        Assert.Equal(["Core", "Enrichment", "Advanced"], stages.Keys);
        Assert.All(stages.Values, s => Assert.Equal(0, s.GetProperty("missingTables").GetArrayLength()));
        Assert.True(stages["Core"].GetProperty("databaseTables").GetInt32() >= 25);
        // The seeds' three knowledge-graph tables at least; production's enrichment tables arrive through new enrichment scripts.
        Assert.True(stages["Enrichment"].GetProperty("databaseTables").GetInt32() >= 3);
        Assert.True(stages["Advanced"].GetProperty("databaseTables").GetInt32() >= 40);
        Assert.Equal(0, root.GetProperty("plan").GetProperty("toApply").GetArrayLength());
        Assert.DoesNotContain("Password", root.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    private Task<T?> ScalarAsync<T>(string sql) => Database.ScalarAsync<T>(fixture.Stack.ConnectionString, sql);

    private Task ExecuteAsync(string sql) => Database.ExecuteAsync(fixture.Stack.ConnectionString, sql);

    private Task<List<string>> ListAsync(string sql) => Database.ListAsync(fixture.Stack.ConnectionString, sql);
}
