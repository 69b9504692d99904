using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using WhisperAspire.DashboardTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WhisperAspire.DashboardTests.EndToEnd;

/// <summary>
/// Debian's chromium against the real Aspire dashboard of the real stack. Pages are reached by address rather than by
/// menus, and every check is a Playwright locator re-evaluated until its state shows (Blazor re-renders the grids live).
/// </summary>
public sealed class DashboardBrowserTests(DashboardStackFixture stack) : IClassFixture<DashboardStackFixture>, IAsyncDisposable
{
    private IPage? _page;

    [Fact]
    public async Task Without_the_token_the_dashboard_asks_to_log_in_and_with_it_shows_the_resources()
    {
        var page = await OpenAsync("/", logIn: false);

        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await Expect(page.Locator("#token-text-field")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resources", Exact = true })).ToHaveCountAsync(0);

        await page.GotoAsync(stack.Url($"/login?t={stack.BrowserToken}"));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resources", Exact = true })).ToBeVisibleAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/login"));
        await Expect(page.ResourceRow("api")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_resources_page_shows_the_database_and_api_running_and_the_migrations_finished()
    {
        var page = await OpenAsync("/");

        await Expect(page.ResourceRow("postgres").StateCell("Running")).ToBeVisibleAsync();
        await Expect(page.ResourceRow("whisperengine").StateCell("Running")).ToBeVisibleAsync();
        await Expect(page.ResourceRow("api").StateCell("Running")).ToBeVisibleAsync();
        await Expect(page.ResourceRow("migrations").StateCell("Finished")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_trace_of_an_Api_request_shows_its_database_span()
    {
        // The request carries a trace id of our own, so the test opens exactly this request's trace.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using (var api = new HttpClient { BaseAddress = stack.App.GetEndpoint("api", "http") })
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/characters"))
        {
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            (await api.SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        var page = await OpenAsync("/traces");
        await Expect(page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new Regex($"Trace Id: {traceId}") })).ToBeVisibleAsync();

        await page.GotoAsync(stack.Url($"/traces/detail/{traceId}"));
        // Npgsql's span, named after the database system; the dashboard labels it with the resource that made it.
        var databaseSpan = page.GetByRole(AriaRole.Gridcell, new() { NameRegex = new Regex("^api: postgresql") }).First;
        var databaseSystem = page.PropertyRow("db.system.name");
        await Interaction.ClickUntilVisibleAsync(databaseSpan, databaseSystem);

        await Expect(databaseSystem).ToContainTextAsync("postgresql");
        await Expect(page.PropertyRow("db.namespace")).ToContainTextAsync("whisperengine");
    }

    [Fact]
    public async Task The_postgres_console_shows_the_server_ready_for_connections()
    {
        var page = await OpenAsync("/consolelogs/resource/postgres");

        await Expect(page.GetByRole(AriaRole.Log).Filter(new() { HasText = "database system is ready to accept connections" }).First)
            .ToBeVisibleAsync();
    }

    /// <summary>
    /// Aspire 13.6.5's AddProject gives each project an HTTPS certificate configuration callback, so DCP's start counts a
    /// project as a TLS user unless it is marked WithoutHttpsCertificate (as the AppHost does), and on a machine
    /// without a trusted development certificate the dashboard then shows "No trusted development certificate".
    /// </summary>
    [Fact]
    public async Task Over_plain_http_no_development_certificate_warning_is_shown()
    {
        var page = await OpenAsync("/");
        // Once the grid is live, the dashboard has the AppHost's pending notifications too.
        await Expect(page.ResourceRow("api").StateCell("Running")).ToBeVisibleAsync();

        await Expect(page.MessageBar("development certificate")).ToHaveCountAsync(0);
        Assert.DoesNotContain("development certificate", stack.AppHostLog, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reset_database_from_the_whisperengine_menu_reports_success_and_brings_the_api_back()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var api = new HttpClient { BaseAddress = stack.App.GetEndpoint("api", "http") };
        (await api.PutAsync("/api/characters/reset-probe", JsonContent.Create(new { displayName = "Reset probe" }), cancellationToken))
            .EnsureSuccessStatusCode();
        var apiStartedBefore = StartTime("api");

        var page = await OpenAsync("/");
        var database = page.ResourceRow("whisperengine");
        await Expect(database.StateCell("Running")).ToBeVisibleAsync();

        var resetDatabase = page.GetByRole(AriaRole.Menuitem, new() { Name = "Reset database" });
        await Interaction.ClickUntilVisibleAsync(database.GetByRole(AriaRole.Button, new() { Name = "Actions" }), resetDatabase);
        await resetDatabase.ClickAsync();

        // Fluent's dialog and buttons keep their roles inside shadow roots, with the text slotted in from outside: by
        // element and text. (The dialog's host element has no box of its own: its Yes button is what shows.)
        var confirmation = page.Locator("fluent-dialog").Filter(new() { HasText = "Delete every row in this database" });
        var yes = confirmation.GetByText("Yes", new() { Exact = true });
        await Expect(yes).ToBeVisibleAsync();
        await yes.ClickAsync();

        // The result's toast lasts five seconds; the notification centre keeps it, with the command's own message. The
        // command gives itself five minutes: whichever way it ends, the centre says so.
        await page.GetByRole(AriaRole.Button, new() { Name = "Notifications", Exact = true }).ClickAsync();
        var succeeded = page.GetByText("\"Reset database\" succeeded", new() { Exact = true });
        var didNotSucceed = page.GetByText(new Regex("^\"Reset database\" (failed|canceled)$"));
        await Expect(succeeded.Or(didNotSucceed)).ToBeVisibleAsync(new() { Timeout = 360_000 });
        await Expect(succeeded).ToBeVisibleAsync(new() { Timeout = 1_000 });
        await Expect(page.GetByText("The database was recreated, the migrations ran again and the Api is running.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();

        await Expect(page.ResourceRow("api").StateCell("Running")).ToBeVisibleAsync();
        Assert.True(StartTime("api") > apiStartedBefore, "The api is Running, but it was not restarted.");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/characters/reset-probe", cancellationToken)).StatusCode);
    }

    private async Task<IPage> OpenAsync(string path, bool logIn = true)
    {
        _page = logIn ? await stack.OpenLoggedInAsync(path) : await stack.OpenAsync(path);
        return _page;
    }

    private DateTime? StartTime(string resource) =>
        stack.App.ResourceNotifications.TryGetCurrentState(resource, out var current) ? current.Snapshot.StartTimeStamp : null;

    public async ValueTask DisposeAsync()
    {
        if (_page is null)
        {
            return;
        }

        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await FailureEvidence.SaveAsync(_page, stack.AppHostLog);
        }

        await _page.Context.DisposeAsync();
    }
}
