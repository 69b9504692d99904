using System.Text.Json.Nodes;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>
/// The data the bad-input tests start from, and one valid body for every route that takes one. Bodies and seed live
/// here once, so a contract that changes (new fields, uuid ids) changes them for every test that mutates them.
/// </summary>
public static class ValidRequests
{
    public const string Bot = "sample-bot";
    public const string Deployment = "sample-deployment";
    public const string UserScope = $"/api/users/100/bots/{Bot}";

    public sealed record Route(HttpMethod Method, string Path, JsonNode? Body);

    /// <summary>Two knowledge-graph entities' ids, as the JSON the Api gave them.</summary>
    public sealed record Entities(JsonNode EntityId, JsonNode OtherEntityId);

    /// <summary>A character, a user with a fact, an interaction and a summary, two entities, a ban and a deployment; the entities' ids.</summary>
    public static async Task<Entities> SeedAsync(HttpClient api)
    {
        await api.CreateCharacterAsync(Bot, SampleCharacter.Document());
        await api.PostAsync("/api/users", new { discordUserId = "100", username = "existing" });
        await api.PostAsync($"{UserScope}/facts", new { factType = "pet", factValue = "cat" });
        await api.PostAsync($"{UserScope}/interactions", new { affectionDelta = 0.5 });
        await api.PostAsync($"{UserScope}/summaries", new { conversationDate = "2026-01-01", summaryText = "first talk" });
        await api.PostAsync("/api/entities", new { entityName = "Harbour", entityType = "place" });
        await api.PostAsync("/api/entities", new { entityName = "Pier", entityType = "place" });
        await api.PostAsync($"/api/users/666/bots/{Bot}/ban", new { bannedBy = "mod", reason = "spam" });
        await api.PutJsonAsync($"/api/deployments/{Deployment}", new { characterName = Bot, discordToken = "a-token-of-some-length" });
        // Whatever type the id has (integer today, uuid in production), it travels as the JSON the Api gave.
        return new((await api.GetJsonAsync("/api/entities/search?q=harbour")).Body![0]!["id"]!.DeepClone(),
            (await api.GetJsonAsync("/api/entities/search?q=pier")).Body![0]!["id"]!.DeepClone());
    }

    /// <summary>Every route that takes a body, each with a body it accepts (given the seed).</summary>
    public static IEnumerable<Route> Bodies(Entities entities)
    {
        var (entityId, otherEntityId) = (entities.EntityId, entities.OtherEntityId);
        var document = SampleCharacter.Document();
        yield return new(HttpMethod.Put, $"/api/characters/{Bot}", document);
        foreach (var (section, value) in document.Where(s => s.Value is JsonArray or JsonObject))
        {
            yield return new(HttpMethod.Put, $"/api/characters/{Bot}/{section}", value!.DeepClone());
        }

        yield return new(HttpMethod.Post, "/api/users", Obj(("discordUserId", "200"), ("username", "newcomer"), ("displayName", "New"), ("userId", "user-200"),
            ("preferences", new JsonObject { ["language"] = "en" }), ("privacySettings", new JsonObject { ["shareFacts"] = false })));
        yield return new(HttpMethod.Post, $"{UserScope}/interactions", Obj(("affectionDelta", 0.1), ("trustDelta", 0.1), ("attunementDelta", 0.1)));
        yield return new(HttpMethod.Post, $"{UserScope}/facts", Obj(("factType", "hobby"), ("factValue", "sailing"), ("confidence", 0.5), ("source", "chat")));
        yield return new(HttpMethod.Post, $"{UserScope}/summaries", Obj(("conversationDate", "2026-02-01"), ("summaryText", "talk"), ("keyTopics", "boats"),
            ("emotionalTone", "calm"), ("interactionQuality", 0.5)));
        yield return new(HttpMethod.Post, $"{UserScope}/entities", Obj(("entityId", entityId.DeepClone()), ("relationshipType", "likes"), ("strength", 0.5), ("context", "chat")));
        yield return new(HttpMethod.Post, "/api/entities", Obj(("entityName", "Lighthouse"), ("entityType", "place"), ("description", "tall"), ("confidence", 0.9),
            ("metadata", new JsonObject { ["height"] = 30, ["tags"] = new JsonArray("coast") })));
        yield return new(HttpMethod.Post, $"/api/entities/{entityId}/relationships", Obj(("targetEntityId", otherEntityId.DeepClone()), ("relationshipType", "related_to"),
            ("strength", 0.5), ("context", "same bay")));
        yield return new(HttpMethod.Post, $"{UserScope}/ban", Obj(("bannedBy", "mod"), ("reason", "spam"), ("banReason", "spam"), ("expiresAt", "2099-01-01T00:00:00Z"), ("notes", "first warning ignored")));
        yield return new(HttpMethod.Post, $"/api/users/666/bots/{Bot}/unban", Obj(("unbannedBy", "mod"), ("unbanReason", "appeal granted")));
        yield return new(HttpMethod.Put, $"/api/deployments/{Deployment}", Obj(("characterName", Bot), ("discordToken", "another-token-of-length"),
            ("healthEndpointPort", 9001), ("chatEndpointPort", 9000), ("status", "active"), ("deploymentConfig", new JsonObject { ["replicas"] = 1 }),
            ("containerName", "sample-container"), ("port", 9002), ("config", new JsonObject { ["image"] = "whisperengine" }), ("errorMessage", "none yet"),
            ("deployedAt", "2025-10-21T12:00:00Z"), ("stoppedAt", "2025-10-22T12:00:00Z")));
        yield return new(HttpMethod.Post, $"/api/deployments/{Deployment}/health", Obj(("status", "active"), ("errorMessage", "none")));
        yield return new(HttpMethod.Post, $"/api/characters/{Bot}/prompt", Obj(("userId", "100"), ("message", "hi")));
    }

    public static JsonObject Obj(params (string Key, JsonNode? Value)[] members)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in members)
        {
            obj[key] = value;
        }

        return obj;
    }
}
