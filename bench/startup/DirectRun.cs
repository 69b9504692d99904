using System.Diagnostics;
using System.Globalization;
using CliWrap;
using Npgsql;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// The floor: the same phases with nothing in between — initdb, postgres, SELECT 1, CREATE DATABASE, the
/// MigrationService to completion, the Api until /health answers — run one after the other by this process.
/// </summary>
internal static class DirectRun
{
    private const string Password = "bench-password";

    public static async Task<Phases> MeasureAsync(string binDirectory, string stateDirectory, int postgresPort, int apiPort)
    {
        var dataDirectory = Path.Combine(stateDirectory, "postgres-16");
        var clock = Stopwatch.StartNew();
        double? initdb = null;
        if (!Directory.Exists(dataDirectory))
        {
            await InitdbAsync(binDirectory, dataDirectory);
            initdb = clock.Elapsed.TotalMilliseconds;
        }

        using var stopPostgres = new CancellationTokenSource();
        var serverLog = new System.Text.StringBuilder();
        var postgres = AsServerAccount(Path.Combine(binDirectory, "postgres"),
                ["-D", dataDirectory, "-p", postgresPort.ToString(CultureInfo.InvariantCulture), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="])
            .WithStandardErrorPipe(PipeTarget.ToStringBuilder(serverLog))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(CancellationToken.None, stopPostgres.Token);
        try
        {
            var server = $"Host=127.0.0.1;Port={postgresPort};Username=postgres;Password={Password};Pooling=false";
            await WaitForSelectOneAsync(server, postgres.Task, serverLog);
            var accepting = clock.Elapsed.TotalMilliseconds;
            await EnsureDatabaseAsync(server);

            var database = server + ";Database=whisperengine";
            var migrations = await Cli.Wrap("dotnet").WithArguments([new Projects.MigrationService().AssemblyPath])
                .WithWorkingDirectory(Path.GetDirectoryName(new Projects.MigrationService().ProjectPath)!)
                .WithEnvironmentVariables(new Dictionary<string, string?> { ["ConnectionStrings__whisperengine"] = database })
                .ExecuteAsync();
            var migrated = clock.Elapsed.TotalMilliseconds;

            using var stopApi = new CancellationTokenSource();
            var api = Cli.Wrap("dotnet").WithArguments([new Projects.Api().AssemblyPath])
                .WithWorkingDirectory(Path.GetDirectoryName(new Projects.Api().ProjectPath)!)
                .WithEnvironmentVariables(new Dictionary<string, string?>
                {
                    ["ConnectionStrings__whisperengine"] = database,
                    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{apiPort}",
                })
                .WithValidation(CommandResultValidation.None)
                .ExecuteAsync(CancellationToken.None, stopApi.Token);
            await WaitForHealthAsync(new Uri($"http://127.0.0.1:{apiPort}/health"));
            var healthy = clock.Elapsed.TotalMilliseconds;

            await stopApi.CancelAsync();
            await Ignore(api);
            return new Phases(null, initdb, accepting, migrated, healthy);
        }
        finally
        {
            await stopPostgres.CancelAsync();
            await Ignore(postgres);
        }
    }

    private static async Task InitdbAsync(string binDirectory, string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = dataDirectory + ".pw";
        await File.WriteAllTextAsync(passwordFile, Password);
        if (IsRoot)
        {
            await Cli.Wrap("chown").WithArguments(["nobody:", dataDirectory, passwordFile]).ExecuteAsync();
        }

        await AsServerAccount(Path.Combine(binDirectory, "initdb"),
            ["--pgdata", dataDirectory, "--username", "postgres", "--pwfile", passwordFile, "--encoding", "UTF8", "--no-locale",
             "--auth-host", "scram-sha-256", "--auth-local", "scram-sha-256"]).ExecuteAsync();
        File.Delete(passwordFile);
    }

    private static Command AsServerAccount(string executable, string[] arguments) => IsRoot
        ? Cli.Wrap("setpriv").WithArguments(["--reuid", "nobody", "--regid", "nogroup", "--clear-groups", "--", executable, .. arguments])
        : Cli.Wrap(executable).WithArguments(arguments);

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task WaitForSelectOneAsync(string connectionString, Task serverExited, System.Text.StringBuilder serverLog)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(50))
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !serverExited.IsCompleted)
            {
            }
            catch (NpgsqlException ex)
            {
                throw new InvalidOperationException($"PostgreSQL did not come up: {serverLog}", ex);
            }
        }
    }

    private static async Task EnsureDatabaseAsync(string server)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'whisperengine'", connection);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand("CREATE DATABASE whisperengine", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    private static async Task WaitForHealthAsync(Uri health)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddMinutes(1); ; await Task.Delay(50))
        {
            try
            {
                using var response = await client.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    private static async Task Ignore(CommandTask<CommandResult> task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
