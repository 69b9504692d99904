using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.DashboardTests.Storage;

public sealed class TelemetryStorageTests : IDisposable
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TelemetryLimits Small = new() { MaxSpans = 4, MaxLogRecords = 3, MaxMetricPoints = 2 };
    private readonly string _state = TestDirectories.Create("storage");

    [Fact]
    public void The_store_keeps_the_newest_items_and_counts_what_it_dropped()
    {
        var store = new TelemetryStore(Small);

        store.Add(new TelemetryBatch(
            [.. Enumerable.Range(0, 6).Select(i => Span($"t{i / 2}", $"s{i}"))],
            [.. Enumerable.Range(0, 5).Select(i => Log($"m{i}"))],
            [.. Enumerable.Range(0, 3).Select(i => Point(i))]));

        var counts = store.Counts();
        Assert.Equal(new SignalCount(4, 2, 4), counts.Spans);
        Assert.Equal(new SignalCount(3, 2, 3), counts.Logs);
        Assert.Equal(new SignalCount(2, 1, 2), counts.Points);
        Assert.Empty(store.Trace("t0")); // both of its spans were the oldest
        Assert.Equal(["t2", "t1"], store.RecentTraces(null, 10).Select(t => t.TraceId));
        Assert.Equal(["m4", "m3", "m2"], store.Logs(new LogFilter(), 10).Select(l => l.Message));
        Assert.Equal([1.0, 2.0], store.Series("api", "requests").Select(p => p.Value));
    }

    [Fact]
    public void Previous_runs_are_kept_bounded_and_loaded_back_as_they_were()
    {
        var archive = new TelemetryArchive(Path.Combine(_state, "telemetry.db"));
        var first = archive.StartRun(DateTimeOffset.UtcNow, runsKept: 2);
        using (var connection = archive.Open())
        {
            archive.Write(connection, first, [new TelemetryBatch([.. Enumerable.Range(0, 6).Select(i => Span("t", $"s{i}"))], [Log("hello")], [Point(1)])]);
            TelemetryArchive.Trim(connection, first, Small);
        }

        var second = archive.StartRun(DateTimeOffset.UtcNow, runsKept: 2);
        archive.StartRun(DateTimeOffset.UtcNow, runsKept: 2);

        Assert.Equal(2, archive.Runs().Count);
        Assert.DoesNotContain(archive.Runs(), r => r.Id == first);
        Assert.Contains(archive.Runs(), r => r.Id == second);

        var reopened = new TelemetryArchive(archive.Path);
        var kept = reopened.StartRun(DateTimeOffset.UtcNow, runsKept: 5);
        using (var connection = reopened.Open())
        {
            reopened.Write(connection, kept, [new TelemetryBatch([.. Enumerable.Range(0, 6).Select(i => Span("t", $"s{i}", ("k", "v")))], [Log("hello")], [Point(1)])]);
            TelemetryArchive.Trim(connection, kept, Small);
        }

        var loaded = reopened.Load(kept, Small);
        var spans = loaded.Trace("t");
        Assert.Equal(["s2", "s3", "s4", "s5"], spans.Select(s => s.SpanId));
        Assert.Equal([new TelemetryAttribute("k", "v")], spans[0].Attributes);
        Assert.Equal(T0, spans[0].Start);
        Assert.Equal("hello", Assert.Single(loaded.Logs(new LogFilter(), 10)).Message);
        Assert.Equal(1, Assert.Single(loaded.Series("api", "requests")).Value);
    }

    public void Dispose() => TestDirectories.Delete(_state);

    private static SpanRecord Span(string traceId, string spanId, params (string Key, string Value)[] attributes) =>
        new(traceId, spanId, null, "GET /", "Server", "api", "tests", T0, T0.AddMilliseconds(5), SpanStatus.Ok, null,
            [.. attributes.Select(a => new TelemetryAttribute(a.Key, a.Value))]);

    private static LogEntry Log(string message) => new(T0, 9, "api", "Tests", message, [], null, null);

    private static MetricPoint Point(double value) => new("api", "requests", "{request}", "", T0.AddSeconds(value), value);
}
