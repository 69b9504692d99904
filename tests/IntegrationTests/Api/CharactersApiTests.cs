using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>Characters as CDL documents over HTTP, against the real stack.</summary>
public sealed class CharactersApiTests(StackFixture fixture) : IAsyncLifetime
{
    private HttpClient Api => fixture.Stack.Api;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_document_put_under_a_name_reads_back_with_every_section()
    {
        using var created = await Api.PutDocumentAsync("/api/characters/nova-vale", SampleCharacter.Document());
        var read = await Api.GetOkAsync("/api/characters/nova-vale");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Nova Vale", read["displayName"]!.GetValue<string>());
        Assert.Equal("Navigator", read["identity"]!["occupation"]!.GetValue<string>());
        Assert.Equal(0.85m, read["personalityTraits"]![0]!["traitValue"]!.GetValue<decimal>());
        Assert.Equal("tidal charts", read["interests"]![0]!["topics"]![0]!["topicName"]!.GetValue<string>());
        Assert.Null(read["id"]);
        Assert.Null(read["identity"]!["characterId"]);
        Assert.Null(read["botDeployments"]);
    }

    [Fact]
    public async Task Export_then_import_under_another_name_round_trips_to_an_equal_document()
    {
        (await Api.PutDocumentAsync("/api/characters/original", SampleCharacter.Document())).Dispose();
        var exported = await Api.GetOkAsync("/api/characters/original");

        using var imported = await Api.PutDocumentAsync("/api/characters/copy", exported.DeepClone());
        var copy = await Api.GetOkAsync("/api/characters/copy");

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        exported.AsObject().Remove("name");
        copy.AsObject().Remove("name");
        Assert.True(JsonNode.DeepEquals(exported, copy), $"{exported}\n!=\n{copy}");
    }

    [Fact]
    public async Task Putting_again_replaces_the_whole_definition()
    {
        (await Api.PutDocumentAsync("/api/characters/replaced", SampleCharacter.Document())).Dispose();
        var smaller = new JsonObject { ["displayName"] = "Only a name" };

        using var replaced = await Api.PutDocumentAsync("/api/characters/replaced", smaller);
        var read = await Api.GetOkAsync("/api/characters/replaced");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Empty(read["personalityTraits"]!.AsArray());
        Assert.Null(read["identity"]);
        Assert.Equal(0L, await Database.ScalarAsync<long>(fixture.Stack.ConnectionString, "SELECT count(*) FROM character_interest_topics"));
    }

    [Fact]
    public async Task Deleting_a_character_removes_it_and_its_rows_and_unknown_names_are_404()
    {
        (await Api.PutDocumentAsync("/api/characters/short-lived", SampleCharacter.Document())).Dispose();

        using var deleted = await Api.DeleteAsync("/api/characters/short-lived", Cancel);
        using var again = await Api.DeleteAsync("/api/characters/short-lived", Cancel);
        using var read = await Api.GetAsync("/api/characters/short-lived", Cancel);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Contains("short-lived", await read.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(0L, await Database.ScalarAsync<long>(fixture.Stack.ConnectionString, "SELECT count(*) FROM personality_traits"));
    }

    [Fact]
    public async Task The_list_is_paged_and_filtered_by_name()
    {
        foreach (var name in new[] { "harbor-one", "harbor-two", "harbor-three", "meadow" })
        {
            (await Api.PutDocumentAsync($"/api/characters/{name}", new JsonObject())).Dispose();
        }

        var page = await Api.GetFromJsonAsync<JsonObject>("/api/characters?name=HARBOR&page=2&pageSize=2", Cancel);

        Assert.Equal(3, page!["total"]!.GetValue<int>());
        Assert.Equal(["harbor-two"], page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{"personalityTraits":[{"traitName":"openness","traitValue":1.5}]}""", "personalityTraits[0].traitValue")]
    [InlineData("""{"personalityTraits":[{"traitName":"openness","traitValue":0.333}]}""", "personalityTraits[0].traitValue")]
    [InlineData("""{"displayName":"TOO_LONG"}""", "displayName")]
    [InlineData("""{"identity":{"occupation":"TOO_LONG_500"}}""", "identity.occupation")]
    [InlineData("""{"personalityTraits":[{"traitValue":0.5}]}""", "$.personalityTraits[0]")]
    [InlineData("""{"personalityTraits": "not a list"}""", "$.personalityTraits")]
    [InlineData("""not json at all""", "$")]
    public async Task A_document_that_breaks_a_schema_rule_is_refused_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        body = body.Replace("TOO_LONG_500", new string('x', 501), StringComparison.Ordinal).Replace("TOO_LONG", new string('x', 256), StringComparison.Ordinal);

        using var response = await Api.PutAsync("/api/characters/refused", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem!["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(0L, await Database.ScalarAsync<long>(fixture.Stack.ConnectionString, "SELECT count(*) FROM characters"));
    }
}
