using System.Security.Cryptography;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using WhisperAspire.DashboardTests.Infrastructure;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.DashboardTests.EndToEnd;

/// <summary>
/// The AppHost's real app model (embedded PostgreSQL, migrations, api) with the real Aspire dashboard, started once
/// through Aspire.Hosting.Testing on free ports and a throwaway state folder, and Debian's chromium to look at it.
/// </summary>
public sealed class DashboardStackFixture : IAsyncLifetime
{
    public const string DashboardResource = "aspire-dashboard";

    /// <summary>A cap on the waits for states, not a pause: each wait ends as soon as its state is reached.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);

    private readonly string _stateDirectory = TestDirectories.Create("dashboard");
    private readonly LogCapture _log = new();
    private DistributedApplication? _app;
    private Browser? _browser;

    /// <summary>The dashboard's browser token: /login?t=… logs a browser in.</summary>
    public string BrowserToken { get; } = NewSecret();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack is not started.");

    public Uri DashboardUrl { get; private set; } = null!;

    /// <summary>What the AppHost and its resources logged so far.</summary>
    public string AppHostLog => _log.ToString();

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await StartStackAsync(timeout.Token);
            // Blazor pages on a loaded machine, and the first export of a trace, can take far longer than Playwright's 5 s.
            Assertions.SetDefaultExpectTimeout(60_000);
            _browser = await Browser.LaunchAsync();
        }
        catch (Exception exception)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"The stack did not start:{Environment.NewLine}{AppHostLog}", exception);
        }
    }

    public string Url(string path) => new Uri(DashboardUrl, path).ToString();

    /// <summary>A page in a fresh browser context (so not logged in) on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await (_browser ?? throw new InvalidOperationException("The browser is not started.")).NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        await page.GotoAsync(Url(path));
        return page;
    }

    /// <summary>A page in a fresh browser context, logged in with the browser token, on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenLoggedInAsync(string path)
    {
        var page = await OpenAsync($"/login?t={BrowserToken}");
        // The token sets the login cookie and the dashboard goes on to its Resources page.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resources", Exact = true })).ToBeVisibleAsync();
        if (path != "/")
        {
            await page.GotoAsync(Url(path));
        }

        return page;
    }

    private async Task StartStackAsync(CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            $"--Postgres:Port={FreePort.Next()}",
            $"--AppHost:StateDirectory={_stateDirectory}",
            // The testing builder would put the dashboard on 8080 and OTLP on 4317, and the launch profile the resource
            // service on 18890: free ports instead, since other stacks run on this machine too. (DCP's proxies then
            // move the dashboard and api to ports of their own: the testing builder sets DcpPublisher:RandomizePorts.)
            $"--ASPNETCORE_URLS=http://localhost:{FreePort.Next()}",
            $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePort.Next()}",
            "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            $"--ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN={BrowserToken}",
            // Given here, the dashboard's keys are not generated and saved in the AppHost's user secrets.
            $"--AppHost:OtlpApiKey={NewSecret()}",
            $"--AppHost:McpApiKey={NewSecret()}",
            $"--AppHost:DashboardApiKey={NewSecret()}",
        ];

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(arguments,
            (options, _) => options.DisableDashboard = false, cancellationToken);
        builder.Services.AddLogging(logging => logging.AddProvider(_log));

        _app = await builder.BuildAsync(cancellationToken);
        await _app.StartAsync(cancellationToken);

        var notifications = _app.ResourceNotifications;
        await notifications.WaitForResourceAsync("migrations", KnownResourceStates.Finished, cancellationToken);
        await notifications.WaitForResourceHealthyAsync("api", cancellationToken);
        await WaitForDashboardToListenAsync(cancellationToken);
        DashboardUrl = _app.GetEndpoint(DashboardResource, "http");
    }

    /// <summary>The dashboard's process is Running before Kestrel listens; its own log says when it does.</summary>
    private async Task WaitForDashboardToListenAsync(CancellationToken cancellationToken)
    {
        var running = await _app!.ResourceNotifications.WaitForResourceAsync(DashboardResource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running, cancellationToken);
        var logs = _app.Services.GetRequiredService<ResourceLoggerService>();
        await foreach (var batch in logs.WatchAsync(running.Resource).WithCancellation(cancellationToken))
        {
            if (batch.Any(line => line.Content.Contains("Now listening on:", StringComparison.Ordinal)))
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await _app.StopAsync(timeout.Token);
            }
            finally
            {
                await _app.DisposeAsync();
                _app = null;
            }
        }

        TestDirectories.Delete(_stateDirectory);
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
