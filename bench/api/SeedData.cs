using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WhisperAspire.Bench.Api;

/// <summary>
/// A character with realistic data — tens of rows in each list section, nested topics and flow directives — and a user
/// the bot knows well (facts, a relationship, summaries, knowledge-graph links), all written through the Api.
/// </summary>
internal static class SeedData
{
    public const string Character = "bench-character";
    public const string User = "bench-user";

    public static async Task<int> SeedAsync(HttpClient api)
    {
        var document = Document();
        using (var put = await api.PutAsync($"/api/characters/{Character}", JsonContent.Create(document)))
        {
            if (!put.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The character was refused: {await put.Content.ReadAsStringAsync()}");
            }
        }
        for (var i = 0; i < 40; i++)
        {
            (await api.PostAsJsonAsync($"/api/users/{User}/bots/{Character}/facts",
                new { factType = $"kind-{i % 8}", factValue = $"fact number {i} about the user's life and plans", confidence = (i % 10) / 10.0 })).EnsureSuccessStatusCode();
        }

        for (var i = 0; i < 30; i++)
        {
            (await api.PostAsJsonAsync($"/api/users/{User}/bots/{Character}/summaries",
                new { conversationDate = new DateOnly(2026, 1, 1).AddDays(i), summaryText = $"Conversation {i}: talked about boats, weather and plans.", emotionalTone = "warm" })).EnsureSuccessStatusCode();
        }

        for (var i = 0; i < 20; i++)
        {
            var entity = await (await api.PostAsJsonAsync("/api/entities", new { entityName = $"Entity {i}", entityType = i % 2 == 0 ? "place" : "person", description = "Known from chats" }))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>();
            (await api.PostAsJsonAsync($"/api/users/{User}/bots/{Character}/entities",
                new { entityId = entity!["id"]!.GetValue<int>(), relationshipType = "mentions", strength = (i % 10) / 10.0 })).EnsureSuccessStatusCode();
        }

        (await api.PostAsJsonAsync($"/api/users/{User}/bots/{Character}/interactions", new { affectionDelta = 0.4, trustDelta = 0.5, attunementDelta = 0.3 })).EnsureSuccessStatusCode();
        return Rows(document);
    }

    /// <summary>Rows the document holds, the character row included.</summary>
    private static int Rows(JsonNode node) => node switch
    {
        JsonArray array => array.Sum(item => Rows(item!)),
        JsonObject obj => 1 + obj.Where(p => p.Value is JsonArray or JsonObject && p.Key is not "settings").Sum(p => p.Value is JsonArray a ? a.Sum(i => Rows(i!)) : Rows(p.Value!)),
        _ => 0,
    };

    private static JsonObject Document() => new()
    {
        ["displayName"] = "Bench Character",
        ["characterVersion"] = "2.0",
        ["identity"] = new JsonObject { ["fullName"] = "Bench Character", ["occupation"] = "Harbour pilot", ["age"] = 41, ["description"] = "Guides ships through a narrow channel." },
        ["communication"] = new JsonObject { ["tone"] = "warm", ["humorStyle"] = "dry", ["conversationPacing"] = "measured" },
        ["background"] = new JsonObject { ["childhood"] = "Grew up on a lighthouse island.", ["education"] = "Maritime academy", ["careerPath"] = "Deckhand to pilot" },
        ["attributes"] = Rows(20, i => new() { ["category"] = "quirk", ["description"] = $"Attribute {i}", ["displayOrder"] = i }),
        ["personalityTraits"] = Rows(10, i => new() { ["traitName"] = $"trait-{i}", ["traitValue"] = (i % 10) / 10.0, ["intensity"] = "medium" }),
        ["values"] = Rows(15, i => new() { ["valueKey"] = $"value-{i}", ["valueDescription"] = $"Holds value {i} dear", ["importanceLevel"] = "high" }),
        ["emotionalStates"] = Rows(10, i => new() { ["emotionName"] = $"emotion-{i}", ["baselineIntensity"] = (i % 10) / 10.0 }),
        ["interests"] = Rows(15, i => new() { ["interestName"] = $"interest-{i}", ["topics"] = Rows(4, j => new() { ["topicName"] = $"topic-{i}-{j}" }) }),
        ["memories"] = Rows(30, i => new() { ["memoryType"] = "formative", ["title"] = $"Memory {i}", ["description"] = $"Something that happened, number {i}" }),
        ["relationships"] = Rows(15, i => new() { ["relationshipType"] = "friend", ["entityName"] = $"Friend {i}" }),
        ["responseModes"] = Rows(10, i => new() { ["modeName"] = $"mode-{i}", ["priorityLevel"] = i }),
        ["conversationModes"] = Rows(10, i => new() { ["modeName"] = $"conversation-mode-{i}" }),
        ["entityCategories"] = Rows(10, i => new() { ["categoryName"] = $"category-{i}" }),
        ["questionTemplates"] = Rows(20, i => new() { ["templateName"] = $"template-{i}", ["questionPattern"] = $"what about {i}" }),
        ["abilities"] = Rows(15, i => new() { ["category"] = "craft", ["abilityName"] = $"ability-{i}", ["proficiencyLevel"] = 1 + i % 10 }),
        ["directives"] = Rows(20, i => new() { ["directiveType"] = "style", ["directiveText"] = $"Directive {i}", ["priority"] = 1 + i % 10 }),
        ["speechPatterns"] = Rows(20, i => new() { ["patternType"] = "signature", ["patternValue"] = $"Phrase {i}" }),
        ["vocabulary"] = Rows(30, i => new() { ["wordOrPhrase"] = $"word-{i}", ["preference"] = "preferred" }),
        ["conversationFlows"] = Rows(10, i => new() { ["flowType"] = $"flow-{i}", ["directives"] = Rows(3, j => new() { ["directiveType"] = "step", ["directiveContent"] = $"Step {j}", ["orderSequence"] = j }) }),
        ["roleplayConfig"] = new JsonObject { ["allowFullRoleplayImmersion"] = false, ["philosophy"] = "Stay grounded" },
    };

    private static JsonArray Rows(int count, Func<int, JsonObject> row) => new(Enumerable.Range(0, count).Select(i => (JsonNode)row(i)).ToArray());
}
