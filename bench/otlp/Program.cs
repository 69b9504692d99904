using WhisperAspire.Bench.Otlp;

// OTLP ingestion benchmark: the dashboard's receiver and pages in this process, the Resources page open in chromium,
// then as many spans, log records and metric points as the receiver takes. See bench/README.md.
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;

await using var dashboard = await BenchDashboard.StartAsync();
await using var resourcesPage = await ResourcesPageProbe.OpenAsync(dashboard);
var idle = Memory.Measure(dashboard.Store);
var load = new OtlpLoad(dashboard.Options.OtlpGrpcPort, dashboard.Secrets.OtlpApiKey, concurrency);

Console.WriteLine($"cores: {Environment.ProcessorCount}, {concurrency} exporters, {seconds} s per signal, batches of {OtlpLoad.BatchSize}");
var duration = TimeSpan.FromSeconds(seconds);
var spans = await resourcesPage.WhileAsync(load.SpansAsync(duration));
var spanMemory = Memory.Measure(dashboard.Store);
var logs = await load.LogsAsync(duration);
var points = await load.MetricsAsync(duration);

Console.WriteLine($"spans/s:               {spans.Result.PerSecond,12:N0}  ({spans.Result.Items:N0} in {spans.Result.Elapsed.TotalSeconds:N1} s)");
Console.WriteLine($"log records/s:         {logs.PerSecond,12:N0}  ({logs.Items:N0} in {logs.Elapsed.TotalSeconds:N1} s)");
Console.WriteLine($"metric points/s:       {points.PerSecond,12:N0}  ({points.Items:N0} in {points.Elapsed.TotalSeconds:N1} s)");
Console.WriteLine($"spans stored:          {dashboard.Store.Counts().Spans.Stored,12:N0}  (limit {dashboard.Options.Limits.MaxSpans:N0}, evicted {dashboard.Store.Counts().Spans.Evicted:N0})");
Console.WriteLine($"resident memory:       {spanMemory.Resident / 1024 / 1024,12:N0} MB at {spanMemory.Spans:N0} stored spans (after a full GC: {spanMemory.ResidentAfterGc / 1024 / 1024:N0} MB)");
Console.WriteLine($"resident memory idle:  {idle.Resident / 1024 / 1024,12:N0} MB with the page open and nothing stored");
Console.WriteLine($"resources page update: {spans.PageLatency.Max.TotalMilliseconds,12:N0} ms worst, {spans.PageLatency.Average.TotalMilliseconds:N0} ms mean over {spans.PageLatency.Count} state changes under span load");
