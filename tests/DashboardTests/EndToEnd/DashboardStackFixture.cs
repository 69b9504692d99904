using System.Text;
using System.Text.RegularExpressions;
using CliWrap;
using Microsoft.Playwright;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.DashboardTests.EndToEnd;

/// <summary>
/// The AppHost as a user runs it (its own process, the real stack, the dashboard on free ports) and Debian's
/// chromium driven by Playwright. The login link is read from the console, as a user would copy it.
/// </summary>
public sealed partial class DashboardStackFixture : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _state = TestDirectories.Create("e2e");
    private readonly StringBuilder _console = new();
    private readonly TaskCompletionSource<string> _loginLink = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CommandTask<CommandResult>? _appHost;
    private IPlaywright? _playwright;

    public int ApiPort { get; } = FreePort.Next();

    public string LoginLink => _loginLink.Task.Result;

    public string BaseUrl => new Uri(LoginLink).GetLeftPart(UriPartial.Authority);

    public IBrowser Browser { get; private set; } = null!;

    public string Console
    {
        get
        {
            lock (_console)
            {
                return _console.ToString();
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        _appHost = Cli.Wrap("dotnet")
            .WithArguments([new Projects.AppHost().AssemblyPath,
                "--environment", "Development",
                $"--Postgres:Port={FreePort.Next()}", $"--Api:Port={ApiPort}", $"--AppHost:StateDirectory={_state}",
                $"--Dashboard:Port={FreePort.Next()}", $"--Dashboard:OtlpGrpcPort={FreePort.Next()}", $"--Dashboard:OtlpHttpPort={FreePort.Next()}"])
            .WithStandardOutputPipe(PipeTarget.ToDelegate(Read))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Read))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync();

        await Task.WhenAny(_loginLink.Task, _appHost.Task).WaitAsync(Patience);
        if (!_loginLink.Task.IsCompleted)
        {
            throw new InvalidOperationException($"The AppHost never printed the dashboard's login link:{Environment.NewLine}{Console}");
        }

        // Stopping and starting a process, or the first export of a trace, can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // No browser download is possible here; Debian's chromium is installed by .ci/run.
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookie) with a page on the login link, or on the bare site.</summary>
    public async Task<IPage> OpenAsync(bool logIn = true)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(logIn ? LoginLink : BaseUrl);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_appHost is not null)
        {
            PosixSignals.Send(_appHost.ProcessId, PosixSignals.SigTerm);
            await _appHost.Task.WaitAsync(Patience);
        }

        TestDirectories.Delete(_state);
    }

    private void Read(string line)
    {
        lock (_console)
        {
            _console.AppendLine(line);
        }

        if (LoginLinkPattern().Match(line) is { Success: true } match)
        {
            _loginLink.TrySetResult(match.Value);
        }
    }

    [GeneratedRegex(@"http://localhost:\d+/login\?t=[0-9a-f]+")]
    private static partial Regex LoginLinkPattern();
}
