using System.Net;
using System.Text.Json.Nodes;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>Facts, summaries, and the knowledge graph: upserts, ranked search, neighbourhoods.</summary>
public sealed class KnowledgeApiTests(StackFixture fixture) : IAsyncLifetime
{
    private HttpClient Api => fixture.Stack.Api;

    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        await Api.CreateCharacterAsync("archivist");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Facts_are_kept_per_user_and_bot_with_type_confidence_and_source()
    {
        var (created, fact) = await Api.PostAsync("/api/users/u1/bots/archivist/facts", new { factType = "pet", factValue = "a cat named Pixel", confidence = 0.9, source = "chat" });
        await Api.PostAsync("/api/users/u1/bots/archivist/facts", new { factType = "food", factValue = "likes ramen" });
        await Api.PostAsync("/api/users/u2/bots/archivist/facts", new { factType = "pet", factValue = "a dog" });

        var (_, mine) = await Api.GetJsonAsync("/api/users/u1/bots/archivist/facts");
        var (_, pets) = await Api.GetJsonAsync("/api/users/u1/bots/archivist/facts?type=pet");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("chat", fact!["source"]!.GetValue<string>());
        Assert.Equal(["food", "pet"], mine!.AsArray().Select(f => f!["factType"]!.GetValue<string>()));
        Assert.Equal(1.0, mine[0]!["confidence"]!.GetValue<double>());
        Assert.Equal("a cat named Pixel", Assert.Single(pets!.AsArray())!["factValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Summaries_are_listed_newest_first_within_a_date_range()
    {
        foreach (var day in new[] { "2026-01-01", "2026-01-03", "2026-01-02" })
        {
            var (status, _) = await Api.PostAsync("/api/users/u1/bots/archivist/summaries", new { conversationDate = day, summaryText = $"talked on {day}", interactionQuality = 0.75 });
            Assert.Equal(HttpStatusCode.Created, status);
        }

        var (_, all) = await Api.GetJsonAsync("/api/users/u1/bots/archivist/summaries");
        var (_, range) = await Api.GetJsonAsync("/api/users/u1/bots/archivist/summaries?from=2026-01-02&to=2026-01-02");

        Assert.Equal(["2026-01-03", "2026-01-02", "2026-01-01"], all!.AsArray().Select(s => s!["conversationDate"]!.GetValue<string>()));
        Assert.Equal("talked on 2026-01-02", Assert.Single(range!.AsArray())!["summaryText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Posting_an_entity_again_counts_a_mention_and_merges_metadata()
    {
        var (first, created) = await Api.PostAsync("/api/entities", new { entityName = "Lisbon", entityType = "place", metadata = new { country = "PT" } });
        var (again, updated) = await Api.PostAsync("/api/entities", new { entityName = "Lisbon", entityType = "place", description = "Coastal capital", metadata = new { visited = true } });

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(created!["id"]!.GetValue<Guid>(), updated!["id"]!.GetValue<Guid>());
        Assert.Equal(2, updated["mentionCount"]!.GetValue<int>());
        Assert.Equal("Coastal capital", updated["description"]!.GetValue<string>());
        Assert.Equal("PT", updated["metadata"]!["country"]!.GetValue<string>());
        Assert.True(updated["metadata"]!["visited"]!.GetValue<bool>());
        Assert.True(updated["lastUpdated"]!.GetValue<DateTime>() >= created["lastUpdated"]!.GetValue<DateTime>());
    }

    [Fact]
    public async Task Parallel_mentions_of_one_entity_make_one_row_counting_each()
    {
        const int Parallel = 30;

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            Api.PostAsync("/api/entities", new { entityName = "Tagus", entityType = "river" })));

        Assert.All(responses, r => Assert.True(r.Status is HttpStatusCode.Created or HttpStatusCode.OK, r.Status.ToString()));
        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.Equal(Parallel, await Database.ScalarAsync<int>(fixture.Stack.ConnectionString, "SELECT mention_count FROM fact_entities WHERE entity_name = 'Tagus'"));
    }

    [Fact]
    public async Task Search_ranks_name_matches_above_description_matches()
    {
        var inDescription = await EntityAsync("Harbour festival", "event", "a night of guitar music by the water");
        var inName = await EntityAsync("Guitar", "instrument", "six strings");
        await EntityAsync("Bakery", "place", "bread");

        var (status, results) = await Api.GetJsonAsync("/api/entities/search?q=guitar");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([inName, inDescription], results!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()));
        Assert.True(results[0]!["rank"]!.GetValue<float>() > results[1]!["rank"]!.GetValue<float>());
    }

    [Fact]
    public async Task The_neighbourhood_reaches_two_hops_both_ways_and_no_further()
    {
        var a = await EntityAsync("A", "node");
        var b = await EntityAsync("B", "node");
        var c = await EntityAsync("C", "node");
        var d = await EntityAsync("D", "node");
        await Api.PostAsync($"/api/entities/{a}/relationships", new { targetEntityId = b, relationshipType = "related_to" });
        await Api.PostAsync($"/api/entities/{c}/relationships", new { targetEntityId = b, relationshipType = "related_to" }); // pointing inwards
        await Api.PostAsync($"/api/entities/{c}/relationships", new { targetEntityId = d, relationshipType = "related_to" });

        var (_, two) = await Api.GetJsonAsync($"/api/entities/{a}/neighbourhood");
        var (_, one) = await Api.GetJsonAsync($"/api/entities/{a}/neighbourhood?depth=1");
        var (missing, _) = await Api.PostAsync($"/api/entities/{a}/relationships", new { targetEntityId = Guid.NewGuid(), relationshipType = "related_to" });

        Assert.Equal([("B", 1), ("C", 2)], two!["neighbours"]!.AsArray().Select(n => (n!["entityName"]!.GetValue<string>(), n["distance"]!.GetValue<int>())));
        Assert.Equal(2, two["links"]!.AsArray().Count);
        Assert.Equal(["B"], one!["neighbours"]!.AsArray().Select(n => n!["entityName"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task A_user_is_linked_to_entities_and_the_same_link_again_updates_it()
    {
        var city = await EntityAsync("Porto", "place");

        var (first, _) = await Api.PostAsync("/api/users/u1/bots/archivist/entities", new { entityId = city, relationshipType = "lives_in", strength = 0.5 });
        var (again, _) = await Api.PostAsync("/api/users/u1/bots/archivist/entities", new { entityId = city, relationshipType = "lives_in", strength = 0.9 });
        var (_, links) = await Api.GetJsonAsync("/api/users/u1/bots/archivist/entities");

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, again);
        var link = Assert.Single(links!.AsArray())!;
        Assert.Equal("Porto", link["entityName"]!.GetValue<string>());
        Assert.Equal(0.9, link["strength"]!.GetValue<double>());
    }

    [Fact]
    public async Task Edges_take_production_types_once_per_direction_and_never_to_themselves()
    {
        var a = await EntityAsync("Espresso", "drink");
        var b = await EntityAsync("Coffee", "drink");

        var (first, link) = await Api.PostAsync($"/api/entities/{a}/relationships", new { targetEntityId = b, relationshipType = "part_of", strength = 0.4 });
        var (again, relinked) = await Api.PostAsync($"/api/entities/{a}/relationships", new { targetEntityId = b, relationshipType = "part_of", strength = 0.8 });
        var (unknownType, problem) = await Api.PostAsync($"/api/entities/{a}/relationships", new { targetEntityId = b, relationshipType = "knows" });
        var (toItself, _) = await Api.PostAsync($"/api/entities/{a}/relationships", new { targetEntityId = a, relationshipType = "similar_to" });

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(link!["id"]!.GetValue<Guid>(), relinked!["id"]!.GetValue<Guid>());
        Assert.Equal(0.8, relinked["strength"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.BadRequest, unknownType);
        Assert.NotNull(problem!["errors"]!["relationshipType"]);
        Assert.Equal(HttpStatusCode.BadRequest, toItself);
        // Production's columns follow the seeds' ones the Api writes.
        Assert.Equal(0.8, await Database.ScalarAsync<double>(fixture.Stack.ConnectionString,
            $"SELECT weight FROM entity_relationships WHERE from_entity_id = '{a}' AND to_entity_id = '{b}'"));
    }

    [Fact]
    public async Task A_users_links_are_shared_across_bots_and_name_the_bot_that_saw_them_last()
    {
        await Api.CreateCharacterAsync("curator");
        var city = await EntityAsync("Braga", "place");

        await Api.PostAsync("/api/users/u9/bots/archivist/entities", new { entityId = city, relationshipType = "visited", strength = 0.3 });
        var (again, _) = await Api.PostAsync("/api/users/u9/bots/curator/entities", new { entityId = city, relationshipType = "visited", confidence = 0.7 });
        var (_, links) = await Api.GetJsonAsync("/api/users/u9/bots/archivist/entities");

        Assert.Equal(HttpStatusCode.OK, again);
        var link = Assert.Single(links!.AsArray())!;
        Assert.Equal("curator", link["mentionedBy"]!.GetValue<string>());
        Assert.Equal(0.7, link["confidence"]!.GetValue<double>());
        Assert.Equal(1, await Database.ScalarAsync<int>(fixture.Stack.ConnectionString, "SELECT count(*)::int FROM universal_users WHERE universal_id = 'u9'"));
    }

    private async Task<Guid> EntityAsync(string name, string type, string? description = null)
    {
        var (_, body) = await Api.PostAsync("/api/entities", new JsonObject { ["entityName"] = name, ["entityType"] = type, ["description"] = description });
        return body!["id"]!.GetValue<Guid>();
    }
}
