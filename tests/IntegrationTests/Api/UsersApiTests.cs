using System.Net;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>Users and the relationship each bot keeps with them.</summary>
public sealed class UsersApiTests(StackFixture fixture) : IAsyncLifetime
{
    private HttpClient Api => fixture.Stack.Api;

    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_user_is_created_then_found_by_Discord_id_and_by_username_and_a_duplicate_is_409()
    {
        var (created, user) = await Api.PostAsync("/api/users",
            new { discordUserId = "111", username = "river", displayName = "River", preferences = new { language = "en" } });
        var (duplicate, problem) = await Api.PostAsync("/api/users", new { discordUserId = "111", username = "other" });
        var (_, byId) = await Api.GetJsonAsync("/api/users/111");
        var (_, byName) = await Api.GetJsonAsync("/api/users/by-username/river");
        var (missing, _) = await Api.GetJsonAsync("/api/users/999");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Contains("111", problem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("River", byId!["displayName"]!.GetValue<string>());
        Assert.Equal("111", byName!["discordUserId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        // Production's columns: its key (derived from the Discord id when left out), the database's defaults, the settings as JSON.
        Assert.Equal("111", user!["userId"]!.GetValue<string>());
        Assert.Equal(0, byId["messageCount"]!.GetValue<int>());
        Assert.NotNull(byId["lastSeen"]);
        Assert.Equal("en", byId["preferences"]!["language"]!.GetValue<string>());
        Assert.Empty(byId["privacySettings"]!.AsObject());
    }

    [Fact]
    public async Task Interactions_count_up_and_move_scores_within_bounds()
    {
        await Api.CreateCharacterAsync("harbour-bot");

        await Api.PostAsync("/api/users/222/bots/harbour-bot/interactions", new { affectionDelta = 0.3, trustDelta = -0.5, attunementDelta = 0.9 });
        var (status, relationship) = await Api.PostAsync("/api/users/222/bots/harbour-bot/interactions", new { affectionDelta = 0.3, attunementDelta = 0.9 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, relationship!["interactionCount"]!.GetValue<int>());
        Assert.Equal(0.6, relationship["affection"]!.GetValue<double>(), 6);
        Assert.Equal(0.0, relationship["trust"]!.GetValue<double>());
        Assert.Equal(1.0, relationship["attunement"]!.GetValue<double>());
        Assert.True(relationship["lastInteraction"]!.GetValue<DateTime>() >= relationship["firstInteraction"]!.GetValue<DateTime>());
    }

    [Fact]
    public async Task Parallel_interactions_for_one_pair_lose_no_update()
    {
        await Api.CreateCharacterAsync("busy-bot");
        const int Parallel = 40;

        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            Api.PostAsync("/api/users/333/bots/busy-bot/interactions", new { affectionDelta = 0.01 })));
        var (_, relationship) = await Api.GetJsonAsync("/api/users/333/bots/busy-bot/relationship");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(Parallel, relationship!["interactionCount"]!.GetValue<int>());
        Assert.Equal(0.40, relationship["affection"]!.GetValue<double>(), 6);
        Assert.Equal(1L, await Database.ScalarAsync<long>(fixture.Stack.ConnectionString, "SELECT count(*) FROM user_relationships"));
    }

    [Fact]
    public async Task An_unknown_bot_is_404_and_an_out_of_range_delta_is_400_naming_it()
    {
        await Api.CreateCharacterAsync("known-bot");

        var (unknown, unknownProblem) = await Api.PostAsync("/api/users/444/bots/nobody/interactions", new { affectionDelta = 0.1 });
        var (bad, badProblem) = await Api.PostAsync("/api/users/444/bots/known-bot/interactions", new { affectionDelta = 5 });

        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Contains("nobody", unknownProblem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("affectionDelta", badProblem!["errors"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0L, await Database.ScalarAsync<long>(fixture.Stack.ConnectionString, "SELECT count(*) FROM user_relationships"));
    }
}
