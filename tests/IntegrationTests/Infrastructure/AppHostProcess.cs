using System.Text;
using CliWrap;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// The AppHost as a user runs it: its own process (the built AppHost, as dotnet run starts it), its console, signals.
/// The dashboard gets free ports, so these runs never collide with a developer's AppHost or each other. Disposing
/// stops an AppHost that still runs (SIGTERM, then SIGKILL after the patience), so a failing test leaves nothing behind.
/// </summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly StringBuilder _console = new();
    private readonly CommandTask<CommandResult> _run;

    private AppHostProcess(string state, int postgresPort, int apiPort, IEnumerable<string> extraArgs, IReadOnlyDictionary<string, string?>? environment)
    {
        State = state;
        PostgresPort = postgresPort;
        ApiPort = apiPort;
        var variables = new Dictionary<string, string?>
        {
            // What the AppHost's launch profile sets for dotnet run, on free ports.
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://localhost:{FreePort.Next()}",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        _run = Cli.Wrap(BuiltProject.AppHost)
            .WithArguments([$"--Postgres:Port={postgresPort}", $"--Api:Port={apiPort}", $"--AppHost:StateDirectory={state}", .. extraArgs])
            // dotnet run starts the AppHost in its own folder (Aspire's RunWorkingDirectory), where its appsettings.json is read.
            .WithWorkingDirectory(Path.GetDirectoryName(Projects.AppHost.ProjectPath)!)
            .WithEnvironmentVariables(variables)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(Append))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Append))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(TestContext.Current.CancellationToken);
    }

    public string State { get; }

    public int PostgresPort { get; }

    public int ApiPort { get; }

    public int ProcessId => _run.ProcessId;

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

    public static AppHostProcess Start(string state, int? postgresPort = null, IEnumerable<string>? extraArgs = null,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        new(state, postgresPort ?? FreePort.Next(), FreePort.Next(), extraArgs ?? [], environment);

    /// <summary>Runs the AppHost until it exits by itself (a refusal) and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync() => (await _run.Task.WaitAsync(Patience, TestContext.Current.CancellationToken)).ExitCode;

    /// <summary>Waits until the Api answers /health with 200, as a user would check; fails with the console if the AppHost exits first.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) }; // a loaded machine needs seconds for the first request (SCRAM, the pool)
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(Patience);
        while (!_run.Task.IsCompleted)
        {
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{ApiPort}/health", patience.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !patience.IsCancellationRequested)
            {
                // DCP's proxy accepts before the Api is up, or nothing listens yet: ask again.
            }

            await Task.WhenAny(_run.Task, Task.Delay(200, patience.Token)); // polling the port is the only signal a user has
        }

        Assert.Fail($"the AppHost exited before the Api was healthy:{Environment.NewLine}{Console}");
    }

    /// <summary>SIGTERM (what service managers and scripts send) and wait for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        ProcessSignals.Send(ProcessId, ProcessSignals.SigTerm);
        return await ExitCodeAsync();
    }

    public void Kill() => ProcessSignals.Send(ProcessId, ProcessSignals.SigKill);

    public async ValueTask DisposeAsync()
    {
        if (_run.Task.IsCompleted)
        {
            return;
        }

        ProcessSignals.Send(ProcessId, ProcessSignals.SigTerm);
        try
        {
            await _run.Task.WaitAsync(Patience, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            Kill(); // DCP's monitor then removes the stack
        }
    }

    public Task Exited => _run.Task;

    private void Append(string line)
    {
        lock (_console)
        {
            _console.AppendLine(line);
        }
    }
}
