using System.Text;
using CliWrap;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// One start of the real AppHost — its built executable, or <c>dotnet run</c> — with the launch profile's environment on
/// free ports, until the Api is healthy; then SIGTERM until every process of the stack is gone. Phase ends come from
/// the AppHost's console (DCP, dashboard), from probing as a user would (SELECT 1, /health) and from the process tree
/// (initdb, MigrationService and Api processes appearing and exiting).
/// </summary>
internal sealed class AppHostRun(RepositoryLayout repo, string state, bool viaDotnetRun)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly int _postgresPort = Probes.FreePort();
    private readonly int _apiPort = Probes.FreePort();
    private readonly StringBuilder _console = new();
    private PhaseClock _clock = new(); // restarted just before the AppHost starts
    private int? _appHostPid;
    private int? _dcpPid;
    private string _lastHealthAnswer = "none";

    private string DataDirectory => Path.Combine(state, "postgres-16");

    public async Task<RunFigures> MeasureAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        _clock = new PhaseClock();
        var run = Start();
        using var exited = CancellationTokenSource.CreateLinkedTokenSource(patience.Token);
        _ = run.Task.ContinueWith(_ => exited.Cancel(), TaskScheduler.Default);
        try
        {
            await Task.WhenAll(
                _clock.MarkWhenDoneAsync(Probes.WaitForSelectOneAsync(() => Probes.StackConnectionString(state, _postgresPort), exited.Token), Phase.Postgres),
                _clock.MarkWhenDoneAsync(Probes.WaitForHealthAsync(_apiPort, answer => _lastHealthAnswer = answer, exited.Token), Phase.ApiHealthy),
                WatchProcessTreeAsync(run.ProcessId, exited.Token));
        }
        catch (Exception ex)
        {
            // Stop the stack (DCP removes what the AppHost leaves), then say how far it got.
            var what = run.Task.IsCompleted ? "exited" : $"did not bring the Api up within {Patience.TotalMinutes:0} minutes";
            var underDcp = _dcpPid is { } dcp ? string.Join(", ", ProcessTable.Descendants(dcp).Select(ProcessTable.Name).Distinct()) : "";
            ProcessTable.Send(_appHostPid ?? run.ProcessId, ProcessTable.SigTerm);
            await run.Task.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
            throw new InvalidOperationException(
                $"The AppHost {what} (phases ended: {string.Join(", ", _clock.Marks.Keys)}; last /health answer: {_lastHealthAnswer}; " +
                $"under DCP: {(underDcp.Length > 0 ? underDcp : "nothing")}); " +
                $"its console:{Environment.NewLine}{Console()}", ex);
        }

        var appHost = _appHostPid!.Value;
        var stack = StackShutdown.Processes([run.ProcessId, appHost, .. ProcessTable.Descendants(appHost)], _dcpPid!.Value, state, _postgresPort);
        var figures = await StackShutdown.MeasureAsync(stack, "the AppHost exited", async () =>
        {
            ProcessTable.Send(appHost, ProcessTable.SigTerm);
            return (await run.Task).ExitCode;
        }, DataDirectory, _clock);
        return figures;
    }

    private CommandTask<CommandResult> Start()
    {
        string[] arguments = [$"--Postgres:Port={_postgresPort}", $"--Api:Port={_apiPort}", $"--AppHost:StateDirectory={state}"];
        var command = viaDotnetRun
            // --no-launch-profile: the profile's dashboard ports (18888-18890) are fixed and may be another AppHost's.
            ? Cli.Wrap("dotnet").WithArguments(["run", "-c", "Release", "--no-build", "--project", "AppHost", "--no-launch-profile", "--", .. arguments])
            : Cli.Wrap(repo.AppHostExecutable).WithArguments(arguments);
        return command
            // dotnet run runs the AppHost in its own folder (Aspire's RunWorkingDirectory), where its appsettings.json is read.
            .WithWorkingDirectory(viaDotnetRun ? repo.Root : repo.AppHostProject)
            .WithEnvironmentVariables(new Dictionary<string, string?>
            {
                // What AppHost/Properties/launchSettings.json sets, on free ports.
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = $"http://localhost:{Probes.FreePort()}",
                ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{Probes.FreePort()}",
                ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{Probes.FreePort()}",
                ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            })
            .WithStandardOutputPipe(PipeTarget.ToDelegate(OnConsoleLine))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(OnConsoleLine))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync();
    }

    private void OnConsoleLine(string line)
    {
        if (line.Contains("Starting DCP with arguments", StringComparison.Ordinal))
        {
            _clock.Mark(Phase.Dcp);
        }
        else if (line.Contains("Now listening on:", StringComparison.Ordinal))
        {
            _clock.Mark(Phase.Dashboard);
        }

        lock (_console)
        {
            _console.AppendLine(line);
        }
    }

    private string Console()
    {
        lock (_console)
        {
            return _console.ToString();
        }
    }

    /// <summary>
    /// The AppHost (under <c>dotnet run</c>: the child naming this run's state folder) and DCP, which detaches and is
    /// found by its <c>--monitor &lt;AppHost pid&gt;</c>, then the services' processes under them.
    /// </summary>
    private Task WatchProcessTreeAsync(int launcherPid, CancellationToken cancellationToken) =>
        new ServiceProcessWatch(_clock).WatchAsync(() =>
        {
            _appHostPid ??= viaDotnetRun
                ? ProcessTable.Descendants(launcherPid).Cast<int?>().FirstOrDefault(pid => ProcessTable.CommandLine(pid!.Value).Contains(state, StringComparison.Ordinal))
                : launcherPid;
            // Not waiting for the console's "Starting DCP": the AppHost's appsettings.json may quiet Aspire.Hosting.Dcp.
            if (_appHostPid is { } appHost && _dcpPid is null && ServiceProcessWatch.FindDcp(appHost) is { } dcp)
            {
                _dcpPid = dcp;
                _clock.Mark(Phase.Dcp);
            }

            return [.. _appHostPid is { } a ? ProcessTable.Descendants(a) : [], .. _dcpPid is { } d ? ProcessTable.Descendants(d) : []];
        }, cancellationToken);
}
