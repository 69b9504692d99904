using System.Globalization;
using System.Net.Http.Json;
using Npgsql;
using WhisperAspire.Bench;
using WhisperAspire.Bench.Api;

// bench/api: GET a full character document and POST a prompt at 1, 16 and 64 connections, each beside its raw-Npgsql
// floor in the same run, then the database round trips per request. See bench/README.md.
if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("bench/api runs the embedded PostgreSQL of the AppHost, which needs Linux.");
    return 1;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
int[] connections = args.Length > 1 ? [.. args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] : [1, 16, 64];
var warmUp = TimeSpan.FromSeconds(2);
var duration = TimeSpan.FromSeconds(seconds);

Console.WriteLine($"bench/api: {Environment.ProcessorCount} cores, {seconds} s per run after a 2 s warm-up, connections {string.Join("/", connections)}");
await using var stack = await BenchServer.StartAsync();
using var api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections.Max() })
{
    BaseAddress = new Uri($"http://127.0.0.1:{stack.ApiPort}"),
};
var rows = await SeedData.SeedAsync(api);
var document = await api.GetStringAsync($"/api/characters/{SeedData.Character}");
Console.WriteLine($"character: {rows} rows, document {document.Length / 1024.0:F1} KiB; user: 40 facts, 30 summaries, 20 entity links");

var prompt = JsonContent.Create(new { userId = SeedData.User, message = "How are the tides today?" });
await prompt.LoadIntoBufferAsync();
var promptBody = await prompt.ReadAsByteArrayAsync();

async Task<bool> GetDocument(CancellationToken cancellationToken)
{
    using var response = await api.GetAsync($"/api/characters/{SeedData.Character}", HttpCompletionOption.ResponseContentRead, cancellationToken);
    return response.IsSuccessStatusCode;
}

async Task<bool> PostPrompt(CancellationToken cancellationToken)
{
    using var content = new ByteArrayContent(promptBody) { Headers = { ContentType = new("application/json") } };
    using var response = await api.PostAsync($"/api/characters/{SeedData.Character}/prompt", content, cancellationToken);
    await response.Content.LoadIntoBufferAsync(cancellationToken);
    return response.IsSuccessStatusCode;
}

var results = new List<(string Scenario, string Client, LoadResult Result)>();
foreach (var n in connections)
{
    // The floors first, their pool closed before the Api runs: PostgreSQL's 100 connections do not hold the Api's pool
    // (kept from the previous runs) and a 64-connection floor at once.
    await using (var floor = new Floor(stack.WhisperEngineConnectionString, n))
    {
        results.Add(("GET document", "floor", await LoadRun.RunAsync(n, warmUp, duration, floor.DocumentAsync)));
        results.Add(("POST prompt", "floor", await LoadRun.RunAsync(n, warmUp, duration, floor.PromptDataAsync)));
    }

    results.Add(("GET document", "api", await LoadRun.RunAsync(n, warmUp, duration, GetDocument)));
    results.Add(("POST prompt", "api", await LoadRun.RunAsync(n, warmUp, duration, PostPrompt)));
}

results = [.. results.OrderBy(r => r.Scenario).ThenBy(r => r.Result.Connections).ThenBy(r => r.Client != "api")];
Console.WriteLine();
Console.WriteLine("| scenario | client | connections | req/s | p50 ms | p99 ms | failures | api ÷ floor |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var (scenario, client, r) in results)
{
    var best = results.Single(x => x.Scenario == scenario && x.Result.Connections == r.Connections && x.Client == "floor").Result.PerSecond;
    var ratio = client == "api" ? $"{r.PerSecond / best:P0}" : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {scenario} | {client} | {r.Connections} | {r.PerSecond:F0} | {r.P50Ms:F2} | {r.P99Ms:F2} | {r.Failures} | {ratio} |"));
}

Console.WriteLine();
var documentTrips = await RoundTrips.PerRequestAsync(stack.WhisperEngineConnectionString, 50, () => GetDocument(CancellationToken.None));
var promptTrips = await RoundTrips.PerRequestAsync(stack.WhisperEngineConnectionString, 50, () => PostPrompt(CancellationToken.None));
await using var calibration = new Floor(stack.WhisperEngineConnectionString, 1);
var floorTrips = await RoundTrips.PerRequestAsync(stack.WhisperEngineConnectionString, 50, () => calibration.DocumentAsync(CancellationToken.None));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: the floor's one batch (one round trip) counts {floorTrips:F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database round trips per request (pg_stat_database.xact_commit, 50 sequential requests): GET document {documentTrips:F2}, POST prompt {promptTrips:F2}"));
return 0;
