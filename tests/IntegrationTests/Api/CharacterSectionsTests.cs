using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>The advanced character tables in the document, one-section updates, and what a replacement must keep.</summary>
public sealed class CharacterSectionsTests(StackFixture fixture) : IAsyncLifetime
{
    private HttpClient Api => fixture.Stack.Api;

    private string ConnectionString => fixture.Stack.ConnectionString;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_section_put_reads_back_equal_including_advanced_tables_and_jsonb_settings()
    {
        var sent = SampleCharacter.Document();
        (await Api.PutDocumentAsync("/api/characters/full", sent)).Dispose();

        var read = await Api.GetOkAsync("/api/characters/full");

        AssertContains(sent, read, "$");
        Assert.Equal(System.Text.Json.JsonValueKind.Object, read["platformConfigs"]![0]!["settings"]!.GetValueKind());
        Assert.Equal(1L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM character_conversation_directives"));
        Assert.Equal(1L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM memory_manager_configs"));
        Assert.Equal(2L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM character_mode_guidance"));
        Assert.Equal(2L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM character_response_style_items"));
    }

    [Fact]
    public async Task Production_cdl_sections_are_replaced_one_at_a_time_with_their_nested_rows()
    {
        (await Api.PutDocumentAsync("/api/characters/production", SampleCharacter.Document())).Dispose();
        var triggers = new JsonArray(
            new JsonObject { ["triggerCategory"] = "topic", ["triggerType"] = "keyword", ["triggerValue"] = "lighthouse", ["priority"] = 10 },
            new JsonObject { ["triggerCategory"] = "mood", ["triggerType"] = "phrase", ["triggerValue"] = "feeling lost", ["isActive"] = false });
        var style = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject { ["itemType"] = "format", ["itemText"] = "One paragraph at most", ["sortOrder"] = 1 }),
        };

        using var putTriggers = await Api.PutDocumentAsync("/api/characters/production/messageTriggers", triggers);
        using var putStyle = await Api.PutDocumentAsync("/api/characters/production/responseStyle", style);
        var readTriggers = await Api.GetOkAsync("/api/characters/production/messageTriggers");
        var readStyle = await Api.GetOkAsync("/api/characters/production/responseStyle");
        var whole = await Api.GetOkAsync("/api/characters/production");

        Assert.Equal(HttpStatusCode.OK, putTriggers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, putStyle.StatusCode);
        AssertContains(triggers, readTriggers, "$.messageTriggers");
        Assert.True(readTriggers[0]!["isActive"]!.GetValue<bool>(), "the column default fills an omitted flag");
        Assert.Equal(50, readTriggers[1]!["priority"]!.GetValue<int>());
        AssertContains(style, readStyle, "$.responseStyle");
        Assert.Equal(1L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM character_response_style_items"));
        Assert.Equal(2, whole["conversationModes"]![0]!["guidance"]!.AsArray().Count);
        Assert.Equal("Nav", whole["identityDetails"]!["nickname"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_section_is_replaced_alone_and_the_rest_of_the_definition_is_untouched()
    {
        (await Api.PutDocumentAsync("/api/characters/sectioned", SampleCharacter.Document())).Dispose();
        var traits = new JsonArray(new JsonObject { ["traitName"] = "conscientiousness", ["traitValue"] = 0.6 });

        using var put = await Api.PutDocumentAsync("/api/characters/sectioned/personalityTraits", traits);
        var section = await Api.GetOkAsync("/api/characters/sectioned/personalityTraits");
        var whole = await Api.GetOkAsync("/api/characters/sectioned");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("conscientiousness", Assert.Single(section.AsArray())!["traitName"]!.GetValue<string>());
        Assert.Equal(2, whole["interests"]![0]!["topics"]!.AsArray().Count);
        Assert.Equal("celestial navigation", whole["abilities"]![0]!["abilityName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_single_row_section_is_replaced_by_an_object()
    {
        (await Api.PutDocumentAsync("/api/characters/single", SampleCharacter.Document())).Dispose();

        using var put = await Api.PutDocumentAsync("/api/characters/single/identity", new JsonObject { ["fullName"] = "Another Name" });
        var whole = await Api.GetOkAsync("/api/characters/single");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Another Name", whole["identity"]!["fullName"]!.GetValue<string>());
        Assert.Null(whole["identity"]!["occupation"]);
    }

    [Fact]
    public async Task Unknown_sections_and_characters_are_404_and_a_bad_section_names_its_field()
    {
        (await Api.PutDocumentAsync("/api/characters/present", new JsonObject())).Dispose();

        using var unknownSection = await Api.PutDocumentAsync("/api/characters/present/horoscope", new JsonArray());
        using var unknownCharacter = await Api.PutDocumentAsync("/api/characters/absent/personalityTraits", new JsonArray());
        using var outOfRange = await Api.PutDocumentAsync("/api/characters/present/personalityTraits",
            new JsonArray(new JsonObject { ["traitName"] = "openness", ["traitValue"] = 2 }));
        var problem = await outOfRange.Content.ReadFromJsonAsync<JsonObject>(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, unknownSection.StatusCode);
        Assert.Contains("personalityTraits", await unknownSection.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownCharacter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("personalityTraits[0].traitValue"), problem.ToJsonString());
        Assert.Equal(0L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM personality_traits"));
    }

    [Fact]
    public async Task Replacing_a_deployed_character_keeps_its_row_and_deleting_it_is_a_conflict()
    {
        (await Api.PutDocumentAsync("/api/characters/deployed", SampleCharacter.Document())).Dispose();
        var id = await Database.ScalarAsync<int>(ConnectionString, "SELECT id FROM characters WHERE name = 'deployed'");
        await Database.ExecuteAsync(ConnectionString,
            $"INSERT INTO bot_deployments (bot_name, character_id, discord_token_encrypted) VALUES ('deployed-bot', {id}, 'x')");

        using var replaced = await Api.PutDocumentAsync("/api/characters/deployed", SampleCharacter.Document());
        using var deleted = await Api.DeleteAsync("/api/characters/deployed", Cancel);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(id, await Database.ScalarAsync<int>(ConnectionString, "SELECT id FROM characters WHERE name = 'deployed'"));
        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        Assert.Contains("deployment", await deleted.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(2L, await Database.ScalarAsync<long>(ConnectionString, "SELECT count(*) FROM personality_traits WHERE character_id = " + id));
    }

    [Fact]
    public async Task A_Discord_token_stored_in_the_definition_never_leaves_and_survives_a_replacement()
    {
        (await Api.PutDocumentAsync("/api/characters/secretive", SampleCharacter.Document())).Dispose();
        await Database.ExecuteAsync(ConnectionString, "UPDATE character_discord_config SET discord_bot_token = 'TOKEN-SENTINEL-42'");

        var exported = await Api.GetStringAsync("/api/characters/secretive", Cancel);
        (await Api.PutDocumentAsync("/api/characters/secretive", JsonNode.Parse(exported)!)).Dispose();

        Assert.DoesNotContain("TOKEN-SENTINEL-42", exported, StringComparison.Ordinal);
        Assert.Equal("TOKEN-SENTINEL-42", await Database.ScalarAsync<string>(ConnectionString, "SELECT discord_bot_token FROM character_discord_config"));
    }

    /// <summary>Every value sent is read back at the same place (the database may add defaults).</summary>
    private static void AssertContains(JsonNode sent, JsonNode? read, string path)
    {
        switch (sent)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    AssertContains(value!, read?[key], $"{path}.{key}");
                }

                break;
            case JsonArray array:
                Assert.True(read is JsonArray same && same.Count == array.Count, $"{path}: {read?.ToJsonString()}");
                for (var i = 0; i < array.Count; i++)
                {
                    AssertContains(array[i]!, read![i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(read is not null && (JsonNode.DeepEquals(sent, read) || sent.ToJsonString() == read.ToJsonString()
                    || decimal.Parse(sent.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) == decimal.Parse(read.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)),
                    $"{path}: sent {sent.ToJsonString()}, read {read?.ToJsonString()}");
                break;
        }
    }
}
