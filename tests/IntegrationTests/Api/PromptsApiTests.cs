using System.Net;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>Character-aware prompts assembled from the CDL and what the database knows about the user.</summary>
public sealed class PromptsApiTests(StackFixture fixture) : IAsyncLifetime
{
    private HttpClient Api => fixture.Stack.Api;

    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        await Api.CreateCharacterAsync("nova", SampleCharacter.Document());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_prompt_carries_the_character_and_everything_known_about_the_user_and_names_its_sections()
    {
        await KnowUserAsync("u1");

        var (status, body) = await Api.PostAsync("/api/characters/nova/prompt", new { userId = "u1", message = "Any news from the harbour?" });
        var prompt = body!["systemPrompt"]!.GetValue<string>();
        var sections = body["sections"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("You are Nova Vale", prompt, StringComparison.Ordinal);
        Assert.Contains("openness: 0.85 (high)", prompt, StringComparison.Ordinal);
        Assert.Contains("pet: a cat named Pixel", prompt, StringComparison.Ordinal);
        Assert.Contains("affection 0.20, trust 0.30, attunement 0.00", prompt, StringComparison.Ordinal);
        Assert.Contains("2026-02-04: day 4", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("day 1", prompt, StringComparison.Ordinal); // only the three latest summaries
        Assert.Contains("Lisbon (place): lives_in", prompt, StringComparison.Ordinal);
        Assert.Contains("Any news from the harbour?", prompt, StringComparison.Ordinal);
        Assert.Contains("greeting — harbour hello: Ahoy (casual)", prompt, StringComparison.Ordinal);
        Assert.Contains("CRITICAL brevity: Stay under three sentences", prompt, StringComparison.Ordinal);
        Assert.Equal(["identity", "personality", "values", "communication", "patterns", "background", "interests", "memories", "emotions", "speech",
            "directives", "guidelines", "relationship", "facts", "summaries", "entities", "message"], sections);
    }

    [Fact]
    public async Task The_same_data_gives_the_same_prompt_and_a_stranger_gets_only_the_character()
    {
        await KnowUserAsync("u1");

        var (_, first) = await Api.PostAsync("/api/characters/nova/prompt", new { userId = "u1", message = "hello" });
        var (_, second) = await Api.PostAsync("/api/characters/nova/prompt", new { userId = "u1", message = "hello" });
        var (_, stranger) = await Api.PostAsync("/api/characters/nova/prompt", new { userId = "stranger", message = "hello" });

        Assert.Equal(first!.ToJsonString(), second!.ToJsonString());
        Assert.DoesNotContain("facts", stranger!["sections"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.DoesNotContain("relationship", stranger["sections"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task A_banned_user_gets_403_with_the_reason()
    {
        await Api.PostAsync("/api/users/u2/bots/nova/ban", new { bannedBy = "mod", reason = "harassment" });

        var (status, problem) = await Api.PostAsync("/api/characters/nova/prompt", new { userId = "u2", message = "let me in" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("harassment", problem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_route_speaks_as_the_configured_bot_and_unknown_characters_are_404()
    {
        var (before, missing) = await Api.PostAsync("/api/prompt", new { userId = "u3", message = "hi" });
        await Api.CreateCharacterAsync(TestStack.DefaultBotName, new System.Text.Json.Nodes.JsonObject { ["displayName"] = "Fixture" });
        var (after, body) = await Api.PostAsync("/api/prompt", new { userId = "u3", message = "hi" });
        var (unknown, _) = await Api.PostAsync("/api/characters/nobody/prompt", new { userId = "u3", message = "hi" });

        Assert.Equal(HttpStatusCode.NotFound, before);
        Assert.Contains(TestStack.DefaultBotName, missing!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(TestStack.DefaultBotName, body!["character"]!.GetValue<string>());
        Assert.StartsWith("You are Fixture", body["systemPrompt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    private async Task KnowUserAsync(string userId)
    {
        await Api.PostAsync($"/api/users/{userId}/bots/nova/facts", new { factType = "pet", factValue = "a cat named Pixel", confidence = 0.9 });
        await Api.PostAsync($"/api/users/{userId}/bots/nova/interactions", new { affectionDelta = 0.2, trustDelta = 0.3 });
        foreach (var day in new[] { 1, 2, 3, 4 })
        {
            await Api.PostAsync($"/api/users/{userId}/bots/nova/summaries", new { conversationDate = $"2026-02-0{day}", summaryText = $"day {day}" });
        }

        var (_, entity) = await Api.PostAsync("/api/entities", new { entityName = "Lisbon", entityType = "place" });
        await Api.PostAsync($"/api/users/{userId}/bots/nova/entities", new { entityId = entity!["id"]!.GetValue<Guid>(), relationshipType = "lives_in" });
    }
}
