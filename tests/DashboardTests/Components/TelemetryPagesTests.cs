using Bunit;
using WhisperAspire.DashboardTests.Infrastructure;
using WhisperAspire.Hosting.Dashboard.Components.Pages;
using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.DashboardTests.Components;

public sealed class TelemetryPagesTests : IDisposable
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly DashboardComponentContext _context = new();

    [Fact]
    public void The_waterfall_nests_spans_under_their_parents_across_processes()
    {
        _context.Store.Add(new TelemetryBatch(
        [
            Span("db", "api", "SELECT", parent: "req", startMs: 5, endMs: 15, ("db.system", "postgresql")),
            Span("req", "api", "GET /api/schema", parent: null, startMs: 0, endMs: 40),
            Span("work", "migrations", "Migrate", parent: "req", startMs: 20, endMs: 30),
        ], [], []));

        var page = _context.Render<TraceDetail>(p => p.Add(t => t.TraceId, TraceId));

        var rows = page.FindAll("details.span");
        Assert.Equal(["req", "db", "work"], rows.Select(r => r.GetAttribute("data-span")));
        Assert.Contains("postgresql", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("left:12.5%;width:25%", rows[1].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("api, migrations", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Traces_list_counts_spans_and_duration()
    {
        _context.Store.Add(new TelemetryBatch([Span("req", "api", "GET /", null, 0, 40), Span("db", "api", "SELECT", "req", 5, 15)], [], []));

        var row = _context.Render<Traces>().Find("#traces tbody tr");

        Assert.Contains("api: GET /", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("40ms", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", row.Children[3].TextContent);
    }

    [Fact]
    public void Structured_logs_filter_by_level_and_text()
    {
        _context.Store.Add(new TelemetryBatch([], [Log(9, "Started"), Log(13, "Disk almost full"), Log(17, "Order failed")], []));
        var page = _context.Render<StructuredLogs>();
        Assert.Equal(3, page.FindAll("#logs tbody tr").Count);

        page.Find("#log-level").Change(LogSeverity.Warning.ToString());
        Assert.Equal(2, page.FindAll("#logs tbody tr").Count);

        page.Find("#log-resource").Change("elsewhere");
        Assert.Empty(page.FindAll("#logs tbody tr"));
    }

    [Fact]
    public void Eviction_is_shown_with_the_setting_that_raises_the_limit()
    {
        // The context keeps five spans.
        _context.Store.Add(new TelemetryBatch([.. Enumerable.Range(0, 8).Select(i => Span($"s{i}", "api", "GET /", null, i, i + 1))], [], []));

        var notice = _context.Render<Traces>().Find(".eviction").TextContent;

        Assert.Contains("3 older spans evicted", notice, StringComparison.Ordinal);
        Assert.Contains("MaxSpans", notice, StringComparison.Ordinal);
    }

    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    private static SpanRecord Span(string id, string resource, string name, string? parent, int startMs, int endMs, params (string Key, string Value)[] attributes) =>
        new(TraceId, id, parent, name, "Internal", resource, "tests", T0.AddMilliseconds(startMs), T0.AddMilliseconds(endMs), SpanStatus.Unset, null,
            [.. attributes.Select(a => new TelemetryAttribute(a.Key, a.Value))]);

    private static LogEntry Log(int severity, string message) => new(T0, severity, "api", "Tests", message, [], null, null);

    public void Dispose() => _context.Dispose();
}
