using System.Diagnostics;
using Microsoft.Playwright;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Bench.Otlp;

internal sealed record PageLatency(TimeSpan Max, TimeSpan Average, int Count);

/// <summary>
/// The Resources page open in chromium while the receiver is under load: once a second the benchmark changes a
/// resource's state and times how long the page takes to show it, without a reload.
/// </summary>
internal sealed class ResourcesPageProbe(IPlaywright playwright, IBrowser browser, IPage page, BenchDashboard dashboard) : IAsyncDisposable
{
    public static async Task<ResourcesPageProbe> OpenAsync(BenchDashboard dashboard)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(dashboard.Options.LoginUrl(dashboard.Secrets.BrowserToken));
        await page.Locator("tr[data-resource=api] .state").WaitForAsync();
        return new ResourcesPageProbe(playwright, browser, page, dashboard);
    }

    public async Task<(T Result, PageLatency PageLatency)> WhileAsync<T>(Task<T> load)
    {
        var latencies = new List<TimeSpan>();
        for (var tick = 0; !load.IsCompleted; tick++)
        {
            var message = $"bench tick {tick}";
            var stopwatch = Stopwatch.StartNew();
            dashboard.Notifications.Publish(BenchDashboard.Api, s => s with { Message = message });
            await page.Locator($"text={message}").WaitForAsync(new() { Timeout = 30_000 });
            latencies.Add(stopwatch.Elapsed);
            await Task.WhenAny(load, Task.Delay(1000));
        }

        return (await load, new PageLatency(latencies.Max(), TimeSpan.FromTicks((long)latencies.Average(l => l.Ticks)), latencies.Count));
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
