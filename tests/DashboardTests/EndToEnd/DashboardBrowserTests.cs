using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WhisperAspire.DashboardTests.EndToEnd;

/// <summary>A real browser against the real stack: nothing here is faked.</summary>
public sealed class DashboardBrowserTests(DashboardStackFixture stack) : IClassFixture<DashboardStackFixture>
{
    [Fact]
    public async Task Without_the_token_the_dashboard_only_explains_how_to_log_in()
    {
        var page = await stack.OpenAsync(logIn: false);

        await Expect(page.Locator("body")).ToContainTextAsync("login link that the AppHost printed");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_in_with_the_printed_token_shows_the_resources_running()
    {
        var page = await stack.OpenAsync();

        foreach (var resource in new[] { "postgres", "whisperengine", "api" })
        {
            await Expect(page.Locator($"tr[data-resource={resource}] .state")).ToHaveTextAsync("Running");
        }

        await Expect(page.Locator("tr[data-resource=migrations] .state")).ToHaveTextAsync("Finished");
        await Expect(page.Locator("tr[data-resource=api] a[target=_blank]")).ToHaveAttributeAsync("href", $"http://127.0.0.1:{stack.ApiPort}");
    }

    [Fact]
    public async Task The_trace_of_an_Api_request_shows_its_database_span()
    {
        using (var api = new HttpClient())
        {
            (await api.GetAsync($"http://127.0.0.1:{stack.ApiPort}/api/schema", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        var page = await stack.OpenAsync();
        // By address rather than the menu: under load the menu's web components may not be upgraded when clicked.
        await page.GotoAsync($"{stack.BaseUrl}/traces");
        await page.Locator("#traces a", new() { HasText = "api: GET /api/schema" }).First.ClickAsync();

        var databaseSpan = page.Locator("details.span", new() { HasText = "postgresql" }).First;
        await databaseSpan.ClickAsync();
        await Expect(databaseSpan.Locator("table.attributes")).ToContainTextAsync("db.");
        await Expect(databaseSpan.Locator("table.attributes")).ToContainTextAsync("postgresql");
    }

    [Fact]
    public async Task Building_a_prompt_shows_its_span_over_the_database_reads_and_counts_the_prompt()
    {
        using (var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{stack.ApiPort}") })
        {
            var cancel = TestContext.Current.CancellationToken;
            (await api.PutAsync("/api/characters/telemetry-probe", new StringContent("""{"displayName":"Probe"}""", System.Text.Encoding.UTF8, "application/json"), cancel)).EnsureSuccessStatusCode();
            (await api.PostAsync("/api/characters/telemetry-probe/prompt", new StringContent("""{"userId":"u1","message":"hi"}""", System.Text.Encoding.UTF8, "application/json"), cancel)).EnsureSuccessStatusCode();
        }

        var page = await stack.OpenAsync();
        await page.GotoAsync($"{stack.BaseUrl}/traces");
        await page.Locator("#traces a", new() { HasText = "api: POST /api/characters/{name}/prompt" }).First.ClickAsync();
        await Expect(page.Locator("details.span", new() { HasText = "build prompt" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("details.span", new() { HasText = "postgresql" }).First).ToBeVisibleAsync();

        await page.GotoAsync($"{stack.BaseUrl}/metrics");
        await Expect(page.Locator("#instruments")).ToContainTextAsync("whisperaspire.prompts.built");
    }

    [Fact]
    public async Task Console_logs_show_what_PostgreSQL_and_the_MigrationService_wrote()
    {
        var page = await stack.OpenAsync();

        await page.GotoAsync($"{stack.BaseUrl}/console/postgres");
        await Expect(page.Locator("#console-lines")).ToContainTextAsync("database system is ready to accept connections");
        await page.GotoAsync($"{stack.BaseUrl}/console/migrations");
        await Expect(page.Locator("#console-lines")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task The_migration_page_reads_the_schema_journal()
    {
        var page = await stack.OpenAsync();
        await page.GotoAsync($"{stack.BaseUrl}/migrations");

        var journal = page.Locator("#journal");
        await Expect(journal).ToBeVisibleAsync();
        await Expect(journal.Locator("thead")).ToContainTextAsync("step");
        await Expect(journal.Locator("thead")).ToContainTextAsync("checksum");
        await Expect(journal).ToContainTextAsync("Scripts/Enrichment/001_semantic_knowledge_graph.sql");
        await Expect(journal).ToContainTextAsync("20251011120000_BaselineV106");
        await Expect(page.Locator("#stages")).ToContainTextAsync("Advanced");
        await Expect(page.Locator("#no-pending")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_Api_can_be_stopped_and_started_again_from_the_Resources_page()
    {
        var page = await stack.OpenAsync();
        var state = page.Locator("tr[data-resource=api] .state");
        await Expect(state).ToHaveTextAsync("Running");

        await ClickWhenEnabledAsync(page.Locator("fluent-button[title='Stop api']"));
        await Expect(state).Not.ToHaveTextAsync("Running");
        await ClickWhenEnabledAsync(page.Locator("fluent-button[title='Start api']"));

        await Expect(state).ToHaveTextAsync("Running");
        await Expect(page.Locator("tr[data-resource=api]")).ToContainTextAsync("Healthy");
    }

    /// <summary>
    /// Playwright treats a custom element as enabled whatever its disabled attribute says; Fluent's buttons carry it
    /// while the page is prerendered and while the resource's state does not allow the action.
    /// </summary>
    private static async Task ClickWhenEnabledAsync(ILocator button)
    {
        await Expect(button).Not.ToHaveAttributeAsync("disabled", new System.Text.RegularExpressions.Regex(".*"));
        await button.ClickAsync();
    }
}
