using Bunit;
using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.DashboardTests.Infrastructure;
using WhisperAspire.Hosting.Dashboard.Components.Layout;
using WhisperAspire.Hosting.Dashboard.Components.Pages;
using WhisperAspire.Hosting.Dashboard.Storage;

namespace WhisperAspire.DashboardTests.Components;

public sealed class MetricsAndRunsTests : IDisposable
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private readonly DashboardComponentContext _context = new();

    [Fact]
    public void Choosing_an_instrument_draws_its_values_over_time()
    {
        _context.Store.Add(new TelemetryBatch([], [],
            [Point("http.requests", 0, 1), Point("http.requests", 1, 5), Point("http.requests", 2, 3), Point("gc.count", 0, 9)]));
        var page = _context.Render<Metrics>();

        page.FindAll("#instruments button").Single(b => b.TextContent.Contains("http.requests", StringComparison.Ordinal)).Click();

        var points = page.Find("#metric-chart polyline").GetAttribute("points")!.Split(' ');
        Assert.Equal(3, points.Length);
        Assert.Equal("20,240", points[0]); // lowest value at the start, bottom left
        Assert.Contains("Latest: 3", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_selector_shows_a_previous_run_as_it_was()
    {
        var archive = _context.Services.GetRequiredService<TelemetryArchive>();
        var selected = _context.Services.GetRequiredService<SelectedRun>();
        var live = selected.LiveRunId;
        // A previous run with one log line, as an earlier AppHost would have left it.
        var previous = archive.StartRun(DateTimeOffset.UtcNow, runsKept: 5);
        using (var connection = archive.Open())
        {
            archive.Write(connection, previous, [new TelemetryBatch([], [new LogEntry(T0, 9, "api", "Tests", "from the previous run", [], null, null)], [])]);
        }

        var selector = _context.Render<RunSelector>();
        Assert.Contains("(this run)", selector.Find($"option[value='{live}']").TextContent, StringComparison.Ordinal);
        selector.Find("#run-selector").Change(previous.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(previous, selected.Archived?.Id);
        Assert.Contains("from the previous run", _context.Render<StructuredLogs>().Find("#logs").TextContent, StringComparison.Ordinal);
    }

    private static MetricPoint Point(string instrument, int second, double value) => new("api", instrument, "{request}", "", T0.AddSeconds(second), value);

    public void Dispose() => _context.Dispose();
}
