using CliWrap;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// The floor: the same phases with nothing in between, run one after the other by this process — initdb as the AppHost
/// runs it (AppHost/EmbeddedPostgres/DataDirectory.cs), postgres with the AppHost's arguments, SELECT 1,
/// CREATE DATABASE, <c>dotnet MigrationService.dll</c> to completion, <c>dotnet Api.dll</c> until /health answers;
/// then the stop a careful script would do: SIGTERM to the Api, and once it exited SIGINT (fast shutdown) to PostgreSQL.
/// </summary>
internal sealed class DirectRun(RepositoryLayout repo, string state)
{
    private const string Password = "bench-password";

    private readonly int _postgresPort = Probes.FreePort();
    private readonly int _apiPort = Probes.FreePort();

    private string DataDirectory => Path.Combine(state, "postgres-16");

    public async Task<RunFigures> MeasureAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var clock = new PhaseClock();
        if (!Directory.Exists(DataDirectory))
        {
            await DirectPostgres.InitdbAsync(repo.PostgresBinDirectory, DataDirectory, Password);
            clock.Mark(Phase.Initdb);
        }

        var postgres = DirectPostgres.Start(repo.PostgresBinDirectory, DataDirectory, _postgresPort);
        CommandTask<CommandResult>? api = null;
        try
        {
            var server = Probes.ServerConnectionString(_postgresPort, Password);
            await clock.MarkWhenDoneAsync(Probes.WaitForSelectOneAsync(() => server, patience.Token), Phase.Postgres);
            await DirectPostgres.EnsureDatabaseAsync(server, "whisperengine");

            var database = server + ";Database=whisperengine";
            var migrations = Service(repo.MigrationServiceDll, repo.MigrationServiceProject, database)
                .WithValidation(CommandResultValidation.ZeroExitCode).ExecuteAsync(patience.Token);
            clock.Mark(Phase.MigrationsStarted);
            await migrations;
            clock.Mark(Phase.Migrated);

            api = Service(repo.ApiDll, repo.ApiProject, database, ("ASPNETCORE_URLS", $"http://127.0.0.1:{_apiPort}")).ExecuteAsync();
            clock.Mark(Phase.ApiStarted);
            await clock.MarkWhenDoneAsync(Probes.WaitForHealthAsync(_apiPort, _ => { }, patience.Token), Phase.ApiHealthy);

            var stopping = System.Diagnostics.Stopwatch.StartNew();
            ProcessTable.Send(api.ProcessId, ProcessTable.SigTerm);
            var apiExit = (await api).ExitCode;
            ProcessTable.Send(postgres.ProcessId, ProcessTable.SigInt);
            var postgresExit = (await postgres).ExitCode;
            clock.Record(Phase.Shutdown, stopping.Elapsed.TotalMilliseconds);
            return new RunFigures(clock.Marks, apiExit == 0 && postgresExit == 0 && ClusterState.ShutDownCleanly(DataDirectory),
                $"exit codes: Api {apiExit}, postgres {postgresExit}; {ClusterState.Describe(DataDirectory)}");
        }
        finally
        {
            // After a failure: stop what is still running (no-ops when the stop above went through).
            foreach (var running in new[] { api, postgres }.OfType<CommandTask<CommandResult>>().Where(task => !task.Task.IsCompleted))
            {
                ProcessTable.Send(running.ProcessId, ProcessTable.SigTerm);
                await running.Task.WaitAsync(TimeSpan.FromMinutes(1));
            }
        }
    }

    /// <summary>A service as the AppHost starts it (its build output, in its project folder), Development, the connection string.</summary>
    private Command Service(string assembly, string projectDirectory, string database, params (string Name, string Value)[] more) => Cli.Wrap("dotnet")
        .WithArguments([assembly])
        .WithWorkingDirectory(projectDirectory)
        .WithEnvironmentVariables(variables =>
        {
            variables.Set("DOTNET_ENVIRONMENT", "Development").Set("ASPNETCORE_ENVIRONMENT", "Development")
                .Set("ConnectionStrings__whisperengine", database)
                .Set("DataProtection__KeysDirectory", Path.Combine(state, "secrets", "api-data-protection-keys"));
            foreach (var (name, value) in more)
            {
                variables.Set(name, value);
            }
        })
        .WithValidation(CommandResultValidation.None);
}
