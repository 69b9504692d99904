using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>
/// A few hundred generated bad requests against every writing route: wrong types, missing and empty fields, oversized
/// strings, out-of-range numbers, SQL and JSON injection text, malformed JSON and invalid UTF-8. Each must be answered
/// with a 4xx ProblemDetails, none with a 5xx, and the data stored before must be exactly as it was.
/// </summary>
public sealed class BadRequestTests(StackFixture fixture) : IAsyncLifetime
{
    private const string Bot = "sample-bot";
    private const string SqlInjection = "'; DROP TABLE characters; --";
    private const string JsonInjection = "\"}, \"isActive\": true, \"x\": {\"";

    private HttpClient Api => fixture.Stack.Api;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        await Api.CreateCharacterAsync(Bot, SampleCharacter.Document());
        await Api.PostAsync("/api/users", new { discordUserId = "100", username = "existing" });
        await Api.PostAsync($"/api/users/100/bots/{Bot}/facts", new { factType = "pet", factValue = "cat" });
        await Api.PostAsync($"/api/users/100/bots/{Bot}/interactions", new { affectionDelta = 0.5 });
        await Api.PostAsync($"/api/users/100/bots/{Bot}/summaries", new { conversationDate = "2026-01-01", summaryText = "first talk" });
        await Api.PostAsync("/api/entities", new { entityName = "Harbour", entityType = "place" });
        await Api.PostAsync("/api/entities", new { entityName = "Pier", entityType = "place" });
        await Api.PostAsync($"/api/users/666/bots/{Bot}/ban", new { bannedBy = "mod", reason = "spam" });
        await Api.PutJsonAsync("/api/deployments/sample-deployment", new { characterName = Bot, discordToken = "a-token-of-some-length" });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Generated_bad_requests_get_4xx_problems_and_change_nothing()
    {
        var entityId = (await Api.GetJsonAsync("/api/entities/search?q=harbour")).Body![0]!["id"]!.GetValue<Guid>();
        var otherEntityId = (await Api.GetJsonAsync("/api/entities/search?q=pier")).Body![0]!["id"]!.GetValue<Guid>();
        var before = await DataFingerprint.TakeAsync(fixture.Stack.ConnectionString);
        var cases = Cases(entityId, otherEntityId).ToList();

        var failures = new List<string>();
        foreach (var (name, request) in cases)
        {
            using (request)
            using (var response = await Api.SendAsync(request, Cancel))
            {
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                var text = await response.Content.ReadAsStringAsync(Cancel);
                if (status is < 400 or >= 500 || type != "application/problem+json" || !Explains(status, text))
                {
                    failures.Add($"{name}: {status} {type} {Truncate(text)}");
                }
            }
        }

        var after = await DataFingerprint.TakeAsync(fixture.Stack.ConnectionString);
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} answered wrongly:\n{string.Join("\n", failures)}");
        Assert.Empty(DataFingerprint.Differences(before, after));
    }

    /// <summary>A 400 names at least one field with its rule; any other refusal says what happened.</summary>
    private static bool Explains(int status, string text)
    {
        var problem = JsonNode.Parse(text)!.AsObject();
        return status == 400
            ? problem["errors"] is JsonObject { Count: > 0 } errors && errors.All(e => e.Value is JsonArray { Count: > 0 })
            : problem["detail"] is JsonValue;
    }

    /// <summary>Each route with a valid body, and what makes each field of it bad.</summary>
    private static IEnumerable<(string Name, HttpRequestMessage Request)> Cases(Guid entityId, Guid otherEntityId)
    {
        var scope = $"/api/users/100/bots/{Bot}";
        var routes = new (HttpMethod Method, string Path, JsonObject Body, Field[] Fields)[]
        {
            (HttpMethod.Put, $"/api/characters/{Bot}", SampleCharacter.Document(),
                [new("displayName", Text: 255), new("characterVersion", Text: 50), new("identity", Object: true), new("personalityTraits", List: true)]),
            (HttpMethod.Put, $"/api/characters/{Bot}/personalityTraits", new JsonObject(), []),
            (HttpMethod.Post, "/api/users", Obj(("discordUserId", "200"), ("username", "newcomer")),
                [new("discordUserId", Text: 50, Required: true), new("username", Text: 255, Required: true), new("displayName", Text: 255),
                 new("userId", Text: 255), new("preferences", Object: true), new("privacySettings", Object: true)]),
            (HttpMethod.Post, $"{scope}/interactions", Obj(("affectionDelta", 0.1), ("trustDelta", 0.1), ("attunementDelta", 0.1)),
                [new("affectionDelta", Number: (-1, 1)), new("trustDelta", Number: (-1, 1)), new("attunementDelta", Number: (-1, 1))]),
            (HttpMethod.Post, $"{scope}/facts", Obj(("factType", "hobby"), ("factValue", "sailing"), ("confidence", 0.5), ("source", "chat")),
                [new("factType", Text: 100, Required: true), new("factValue", Text: 10_000, Required: true), new("confidence", Number: (0, 1)), new("source", Text: 50)]),
            (HttpMethod.Post, $"{scope}/summaries", Obj(("conversationDate", "2026-02-01"), ("summaryText", "talk"), ("interactionQuality", 0.5)),
                [new("conversationDate", Date: true), new("summaryText", Text: 20_000, Required: true), new("emotionalTone", Text: 100), new("interactionQuality", Number: (0, 1))]),
            (HttpMethod.Post, $"{scope}/entities", Obj(("entityId", entityId), ("relationshipType", "likes")),
                [new("entityId", Number: (1, int.MaxValue), Integer: true), new("relationshipType", Text: 50, Required: true), new("strength", Number: (0, 1))]),
            (HttpMethod.Post, "/api/entities", Obj(("entityName", "Lighthouse"), ("entityType", "place")),
                [new("entityName", Text: 255, Required: true), new("entityType", Text: 100, Required: true), new("confidence", Number: (0, 1)), new("metadata", Object: true)]),
            (HttpMethod.Post, $"/api/entities/{entityId}/relationships", Obj(("targetEntityId", otherEntityId), ("relationshipType", "related_to")),
                [new("targetEntityId", Number: (1, int.MaxValue), Integer: true), new("relationshipType", Text: 50, Required: true), new("strength", Number: (0, 1))]),
            (HttpMethod.Post, $"{scope}/ban", Obj(("bannedBy", "mod"), ("reason", "spam")),
                [new("bannedBy", Text: 255, Required: true), new("reason", Text: 2_000), new("banReason", Text: 2_000), new("notes", Text: 10_000)]),
            (HttpMethod.Post, $"/api/users/666/bots/{Bot}/unban", Obj(("unbannedBy", "mod")), [new("unbannedBy", Text: 255, Required: true), new("unbanReason", Text: 2_000)]),
            (HttpMethod.Put, "/api/deployments/sample-deployment", Obj(("chatEndpointPort", 9000)),
                [new("characterName", Text: 255), new("discordToken", Text: 500), new("healthEndpointPort", Number: (1, 65535), Integer: true),
                 new("chatEndpointPort", Number: (1, 65535), Integer: true), new("status", Text: 50), new("deploymentConfig", Object: true),
                 new("containerName", Text: 255), new("port", Number: (1, 65535), Integer: true), new("config", Object: true), new("errorMessage", Text: 10_000)]),
            (HttpMethod.Post, "/api/deployments/sample-deployment/health", Obj(("status", "active")), [new("status", Text: 20, Required: true), new("errorMessage", Text: 10_000)]),
            (HttpMethod.Post, $"/api/characters/{Bot}/prompt", Obj(("userId", "100"), ("message", "hi")),
                [new("userId", Text: 255, Required: true), new("message", Text: 4_000, Required: true)]),
        };

        foreach (var (method, path, body, fields) in routes)
        {
            foreach (var (name, raw) in BrokenBodies())
            {
                yield return ($"{method} {path} {name}", Request(method, path, raw));
            }

            foreach (var field in fields)
            {
                foreach (var (name, value, remove) in field.BadValues())
                {
                    var bad = body.DeepClone().AsObject();
                    if (remove)
                    {
                        bad.Remove(field.Name);
                    }
                    else
                    {
                        bad[field.Name] = value;
                    }

                    yield return ($"{method} {path} {field.Name} {name}", Request(method, path, bad.ToJsonString()));
                }
            }
        }

        // Route values: too long for their columns, unknown, or injection text naming nothing.
        var longName = new string('n', 300);
        yield return ("character name too long", Request(HttpMethod.Put, $"/api/characters/{longName}", "{}"));
        yield return ("unknown section", Request(HttpMethod.Put, $"/api/characters/{Bot}/{Uri.EscapeDataString(SqlInjection)}", "[]"));
        yield return ("section of unknown character", Request(HttpMethod.Put, "/api/characters/nobody/personalityTraits", "[]"));
        yield return ("delete unknown character", Request(HttpMethod.Delete, $"/api/characters/{Uri.EscapeDataString(SqlInjection)}", null));
        yield return ("delete deployed character", Request(HttpMethod.Delete, $"/api/characters/{Bot}", null));
        yield return ("unknown bot", Request(HttpMethod.Post, $"/api/users/100/bots/{Uri.EscapeDataString(SqlInjection)}/facts", """{"factType":"a","factValue":"b"}"""));
        yield return ("bot name too long", Request(HttpMethod.Post, $"/api/users/100/bots/{longName}/facts", """{"factType":"a","factValue":"b"}"""));
        yield return ("user id too long", Request(HttpMethod.Post, $"/api/users/{new string('u', 300)}/bots/{Bot}/facts", """{"factType":"a","factValue":"b"}"""));
        yield return ("unknown fact", Request(HttpMethod.Delete, $"{scope}/facts/999999", null));
        yield return ("fact id not a number", Request(HttpMethod.Delete, $"{scope}/facts/{Uri.EscapeDataString(SqlInjection)}", null));
        yield return ("unknown entity link source", Request(HttpMethod.Post, $"/api/entities/{Guid.NewGuid()}/relationships", $$"""{"targetEntityId":"{{entityId}}","relationshipType":"related_to"}"""));
        yield return ("unknown entity link target", Request(HttpMethod.Post, $"/api/entities/{entityId}/relationships", $$"""{"targetEntityId":"{{Guid.NewGuid()}}","relationshipType":"related_to"}"""));
        yield return ("unknown user entity", Request(HttpMethod.Post, $"{scope}/entities", $$"""{"entityId":"{{Guid.NewGuid()}}","relationshipType":"x"}"""));
        yield return ("entity link of a type the graph does not hold", Request(HttpMethod.Post, $"/api/entities/{entityId}/relationships", $$"""{"targetEntityId":"{{otherEntityId}}","relationshipType":"near"}"""));
        yield return ("entity linked to itself", Request(HttpMethod.Post, $"/api/entities/{entityId}/relationships", $$"""{"targetEntityId":"{{entityId}}","relationshipType":"related_to"}"""));
        yield return ("ban twice", Request(HttpMethod.Post, $"/api/users/666/bots/{Bot}/ban", """{"bannedBy":"mod"}"""));
        yield return ("unban not banned", Request(HttpMethod.Post, $"{scope}/unban", """{"unbannedBy":"mod"}"""));
        yield return ("duplicate user", Request(HttpMethod.Post, "/api/users", """{"discordUserId":"100","username":"other"}"""));
        yield return ("deployment of unknown character", Request(HttpMethod.Put, "/api/deployments/sample-deployment", """{"characterName":"nobody"}"""));
        yield return ("second deployment of a character", Request(HttpMethod.Put, "/api/deployments/another", $$"""{"characterName":"{{Bot}}"}"""));
        yield return ("new deployment without character", Request(HttpMethod.Put, "/api/deployments/another", """{"port":9100}"""));
        yield return ("health of unknown deployment", Request(HttpMethod.Post, "/api/deployments/nobody/health", """{"status":"active"}"""));
        yield return ("delete unknown deployment", Request(HttpMethod.Delete, "/api/deployments/nobody", null));
        yield return ("prompt for banned user", Request(HttpMethod.Post, $"/api/characters/{Bot}/prompt", """{"userId":"666","message":"hi"}"""));
        yield return ("prompt for unknown character", Request(HttpMethod.Post, $"/api/characters/{Uri.EscapeDataString(SqlInjection)}/prompt", """{"userId":"1","message":"hi"}"""));
        foreach (var query in new[] { "page=0", "page=abc", "pageSize=0", "pageSize=101", "pageSize=99999999999", "page=1e3" })
        {
            yield return ($"list {query}", Request(HttpMethod.Get, $"/api/characters?{query}", null));
        }

        foreach (var query in new[] { "", "q=", $"q={new string('q', 501)}", "q=x&limit=0", "q=x&limit=abc", "q=x&limit=1000" })
        {
            yield return ($"search {query}", Request(HttpMethod.Get, $"/api/entities/search?{query}", null));
        }

        foreach (var query in new[] { "depth=0", "depth=3", "depth=two", $"depth={SqlInjection}" })
        {
            yield return ($"neighbourhood {query}", Request(HttpMethod.Get, $"/api/entities/{entityId}/neighbourhood?{Uri.EscapeDataString(query).Replace("%3D", "=", StringComparison.Ordinal)}", null));
        }

        yield return ("summaries from after to", Request(HttpMethod.Get, $"{scope}/summaries?from=2026-02-01&to=2026-01-01", null));
        yield return ("summaries bad date", Request(HttpMethod.Get, $"{scope}/summaries?from=yesterday", null));
        yield return ("bans active not a bool", Request(HttpMethod.Get, "/api/bans?active=perhaps", null));
        // U+0000 reaches the routes through the query (Kestrel itself refuses %00 in the path, before the Api).
        yield return ("list name with U+0000", Request(HttpMethod.Get, "/api/characters?name=a%00b", null));
        yield return ("search with U+0000", Request(HttpMethod.Get, "/api/entities/search?q=%00", null));
        yield return ("query key with U+0000", Request(HttpMethod.Get, "/api/characters?na%00me=x", null));
        yield return ("CDL section null", Request(HttpMethod.Put, $"/api/characters/{Bot}", """{"values":null}"""));
        yield return ("CDL nested section null", Request(HttpMethod.Put, $"/api/characters/{Bot}", """{"interests":[{"interestName":"x","topics":null}]}"""));
        yield return ("CDL row null", Request(HttpMethod.Put, $"/api/characters/{Bot}", """{"personalityTraits":[null]}"""));
        yield return ("CDL list section route given null", Request(HttpMethod.Put, $"/api/characters/{Bot}/values", "null"));
        yield return ("U+0000 in jsonb", Request(HttpMethod.Post, "/api/entities", """{"entityName":"x","entityType":"y","metadata":{"k\u0000":"v"}}"""));
    }

    /// <summary>Bodies no route accepts.</summary>
    private static IEnumerable<(string Name, object? Raw)> BrokenBodies()
    {
        yield return ("no body", null);
        yield return ("empty", "");
        yield return ("not JSON", "hello");
        yield return ("truncated", """{"a": """);
        yield return ("trailing comma", """{"a": 1,}""");
        yield return ("a number", "42");
        yield return ("a string", "\"text\"");
        yield return ("too deep", new string('[', 5_000) + new string(']', 5_000));
        yield return ("invalid UTF-8", new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D });
        yield return ("JSON injection", JsonInjection);
        yield return ("over the size limit", "{\"a\":\"" + new string('x', 5 * 1024 * 1024) + "\"}");
    }

    private sealed record Field(string Name, int? Text = null, (double Min, double Max)? Number = null, bool Integer = false,
        bool Required = false, bool Object = false, bool List = false, bool Date = false)
    {
        public IEnumerable<(string Name, JsonNode? Value, bool Remove)> BadValues()
        {
            if (Required)
            {
                yield return ("missing", null, true);
                yield return ("null", null, false);
            }

            if (Text is { } max)
            {
                yield return ("too long", new string('x', max + 1), false);
                yield return ("too long injection", SqlInjection + new string('x', max), false);
                yield return ("a number", 12, false);
                yield return ("an object", new JsonObject { ["$ne"] = 1 }, false);
                yield return ("an array", new JsonArray(SqlInjection), false);
                if (Required)
                {
                    yield return ("empty", "", false);
                }
            }

            if (Number is { } range)
            {
                yield return ("below range", range.Min - 1, false);
                yield return ("above range", range.Max + 1, false);
                yield return ("SQL injection", SqlInjection, false);
                yield return ("JSON injection", JsonInjection, false);
                yield return ("huge", JsonNode.Parse("1e400"), false);
                yield return ("a boolean", true, false);
                if (Integer)
                {
                    yield return ("a fraction", 1.5, false);
                }
            }

            if (Object)
            {
                yield return ("a string", SqlInjection, false);
                yield return ("an array", new JsonArray(1, 2), false);
            }

            if (List)
            {
                yield return ("an object", new JsonObject(), false);
                yield return ("a list of strings", new JsonArray(SqlInjection), false);
            }

            if (Date)
            {
                yield return ("not a date", "2026-13-45", false);
                yield return ("injection", SqlInjection, false);
                yield return ("missing", null, true);
            }
        }
    }

    private static JsonObject Obj(params (string Key, JsonNode? Value)[] members)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in members)
        {
            obj[key] = value;
        }

        return obj;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is byte[] bytes ? new ByteArrayContent(bytes) : new StringContent((string)body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            // Lets the server refuse an oversized body before it is sent, so the client reads the 413 instead of a broken pipe.
            request.Headers.ExpectContinue = true;
        }

        return request;
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
