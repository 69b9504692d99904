using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Api;

/// <summary>
/// Every field of every valid body (each leaf, object and list, recursively; a CDL section's own route only as a whole)
/// set in turn to null, a wrong type, an empty, a huge, a U+0000 and an emoji string, and extreme numbers. Each answer
/// is a 2xx (the value was valid) or a 4xx ProblemDetails — a 400 naming the field — and a refusal writes nothing.
/// Never a 5xx.
/// </summary>
public sealed class RequestMutationTests(StackFixture fixture) : IAsyncLifetime
{
    private const int Rounds = 3;

    /// <summary>Characters the CDL routes' cases are spread over: one character's cases run one at a time (two
    /// replacements of one definition at once would race each other), different characters' side by side.</summary>
    private static readonly string[] Characters = [ValidRequests.Bot, "sample-bot-b", "sample-bot-c", "sample-bot-d"];

    private HttpClient Api => fixture.Stack.Api;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ValidRequests.Entities _entities = null!;

    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        _entities = await ValidRequests.SeedAsync(Api);
        foreach (var character in Characters.Skip(1))
        {
            await Api.CreateCharacterAsync(character, SampleCharacter.Document());
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_field_mutated_gets_2xx_or_a_4xx_naming_it_and_a_refusal_writes_nothing()
    {
        var cases = ValidRequests.Bodies(_entities).SelectMany(Mutate).Select(Spread).ToList();
        var failures = new ConcurrentDictionary<Case, string>();

        // A round that answered only refusals must leave the data as it was. A round with a 2xx wrote, legitimately,
        // so its refusals are sent again (against the changed data) until a round has only refusals to check.
        var pending = cases;
        var verified = false;
        for (var round = 0; round < Rounds && pending.Count > 0 && !verified; round++)
        {
            var before = await DataFingerprint.TakeAsync(fixture.Stack.ConnectionString);
            var statuses = await SendAllAsync(pending, failures);
            var after = await DataFingerprint.TakeAsync(fixture.Stack.ConnectionString);
            var refused = pending.Where(c => statuses[c] is >= 400 and < 500).ToList();
            if (!pending.Any(c => statuses[c] is >= 200 and < 300))
            {
                verified = true;
                if (DataFingerprint.Differences(before, after).Any())
                {
                    await NameWritersAsync(refused, failures);
                }
            }

            pending = refused;
        }

        Assert.True(cases.Count >= 1_000, $"only {cases.Count} mutated requests");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {cases.Count} mutated requests answered wrongly:\n"
            + string.Join("\n", failures.OrderBy(f => f.Key.ToString(), StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}")));
        Assert.True(verified || pending.Count == 0, $"after {Rounds} rounds some refusals still ran beside writes; {pending.Count} unverified");
    }

    private sealed record Case(HttpMethod Method, string Path, string Field, string Mutation, string Body)
    {
        /// <summary>Cases on one resource (a character, a user's data with a bot, a deployment) run one after another.</summary>
        public string Lane => string.Join('/', Path.Split('/').Take(4));

        public override string ToString() => $"{Method} {Path} {Field} := {Mutation}";
    }

    private static int _spread;

    /// <summary>A character route's case moves to one of <see cref="Characters"/>, so that the long CDL lane runs as four.</summary>
    private static Case Spread(Case c)
    {
        var prefix = $"/api/characters/{ValidRequests.Bot}";
        return c.Path == prefix || c.Path.StartsWith(prefix + "/", StringComparison.Ordinal)
            ? c with { Path = $"/api/characters/{Characters[_spread++ % Characters.Length]}{c.Path[prefix.Length..]}" }
            : c;
    }

    /// <summary>Each node of the body replaced by each bad value; a section route's body is only replaced whole.</summary>
    private static IEnumerable<Case> Mutate(ValidRequests.Route route)
    {
        var isSection = route.Path.Split('/').Length == 5 && route.Path.StartsWith("/api/characters/", StringComparison.Ordinal);
        // A section's route reads its body exactly as the whole document reads that section: mutating it whole suffices.
        var nodes = isSection ? [("$", new List<object>())] : Nodes(route.Body!, "$", []).ToList();
        foreach (var (path, steps) in nodes)
        {
            foreach (var (name, value) in isSection ? BadValues().Where(v => v.Name is "null" or "a boolean" or "U+0000" or "an object" or "a list") : BadValues())
            {
                yield return new(route.Method, route.Path, path, name, Replace(route.Body!, steps, value)?.ToJsonString() ?? "null");
            }
        }
    }

    /// <summary>Every object member and list element below the root, with the steps that reach it.</summary>
    private static IEnumerable<(string Path, List<object> Steps)> Nodes(JsonNode node, string path, List<object> steps)
    {
        var children = node switch
        {
            JsonObject obj => obj.Select(m => ((object)m.Key, m.Value, $"{path}.{m.Key}")).ToList(),
            // A list's later rows have the same fields as its first.
            JsonArray list => list.Take(1).Select((v, i) => ((object)i, v, $"{path}[{i}]")).ToList(),
            _ => [],
        };
        foreach (var (step, child, childPath) in children)
        {
            var childSteps = new List<object>(steps) { step };
            yield return (childPath, childSteps);
            if (child is not null)
            {
                foreach (var nested in Nodes(child, childPath, childSteps))
                {
                    yield return nested;
                }
            }
        }
    }

    private static JsonNode? Replace(JsonNode body, List<object> steps, JsonNode? value)
    {
        if (steps.Count == 0)
        {
            return value;
        }

        var root = body.DeepClone();
        var parent = steps[..^1].Aggregate(root, (JsonNode node, object step) => step is int i ? node[i]! : node[(string)step]!);
        if (steps[^1] is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)steps[^1]] = value;
        }

        return root;
    }

    private static IEnumerable<(string Name, JsonNode? Value)> BadValues()
    {
        yield return ("null", null);
        yield return ("a boolean", true);
        yield return ("an object", new JsonObject { ["x"] = 1 });
        yield return ("a list", new JsonArray(1, "x"));
        yield return ("empty string", "");
        yield return ("huge string", new string('h', 70_000));
        yield return ("U+0000", "before\u0000after");
        yield return ("emoji", "🦊 fox ✨👩‍🚀");
        yield return ("max double", JsonNode.Parse("1.7976931348623157e308"));
        yield return ("beyond long", JsonNode.Parse("-9223372036854775809"));
        yield return ("beyond int", 2_147_483_648L);
        yield return ("tiny fraction", JsonNode.Parse("4.9e-324"));
    }

    /// <summary>Sends every case, a few at a time; records answers that break the contract and returns every status.</summary>
    private async Task<Dictionary<Case, int>> SendAllAsync(List<Case> cases, ConcurrentDictionary<Case, string> failures)
    {
        var statuses = new ConcurrentDictionary<Case, int>();
        await Parallel.ForEachAsync(cases.GroupBy(c => c.Lane), Cancel, async (lane, cancel) =>
        {
            foreach (var c in lane)
            {
                statuses[c] = await SendAsync(c, failures, cancel);
            }
        });
        return new Dictionary<Case, int>(statuses);
    }

    private async Task<int> SendAsync(Case c, ConcurrentDictionary<Case, string> failures, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(c.Method, c.Path) { Content = new StringContent(c.Body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Api.SendAsync(request, cancel);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return status;
        }

        var text = await response.Content.ReadAsStringAsync(cancel);
        if (Problem(status, response.Content.Headers.ContentType?.MediaType, text, c.Field) is { } wrong)
        {
            failures.TryAdd(c, $"{status} {wrong}: {(text.Length > 300 ? text[..300] + "…" : text)}");
        }

        return status;
    }

    /// <summary>What is wrong with a non-2xx answer, or null: a 4xx ProblemDetails, a 400 naming the mutated field (or one inside or around it).</summary>
    private static string? Problem(int status, string? mediaType, string text, string field)
    {
        if (status is < 400 or >= 500)
        {
            return "not a 2xx or 4xx";
        }

        if (mediaType != "application/problem+json")
        {
            return "not ProblemDetails";
        }

        var problem = JsonNode.Parse(text)!.AsObject();
        if (status != 400)
        {
            return problem["detail"] is JsonValue ? null : "no detail";
        }

        var keys = (problem["errors"] as JsonObject)?.Select(e => Normal(e.Key)).ToList() ?? [];
        var target = Normal(field);
        // The whole body replaced: any field it names lies within it.
        return keys.Any(k => target.Length == 0 || k == target || k.StartsWith(target + ".", StringComparison.Ordinal) || k.StartsWith(target + "[", StringComparison.Ordinal)
                || target.StartsWith(k + ".", StringComparison.Ordinal) || target.StartsWith(k + "[", StringComparison.Ordinal))
            ? null
            : $"does not name {field}";
    }

    /// <summary>Error keys come as JSON paths (<c>$.a[0].b</c>) or as validation paths (<c>a[0].b</c>); compare them as one.</summary>
    private static string Normal(string key) => key.TrimStart('$').TrimStart('.').ToLowerInvariant();

    /// <summary>A refusal changed data: find which, one request at a time (the slow path, only when something is wrong).</summary>
    private async Task NameWritersAsync(List<Case> refused, ConcurrentDictionary<Case, string> failures)
    {
        var found = false;
        foreach (var c in refused)
        {
            var before = await DataFingerprint.TakeAsync(fixture.Stack.ConnectionString);
            var statuses = await SendAllAsync([c], failures);
            var after = await DataFingerprint.TakeAsync(fixture.Stack.ConnectionString);
            if (statuses[c] is >= 400 and < 500 && DataFingerprint.Differences(before, after).ToList() is { Count: > 0 } written)
            {
                failures.TryAdd(c, $"{statuses[c]} but wrote to {string.Join(", ", written)}");
                found = true;
            }
        }

        if (!found)
        {
            failures.TryAdd(refused[0], "the data changed during a round of refusals, and no single refusal repeats it");
        }
    }
}
