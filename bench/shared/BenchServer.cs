using System.Net;
using System.Net.Sockets;
using CliWrap;
using Npgsql;

namespace WhisperAspire.Bench;

/// <summary>
/// The stack for a benchmark: the AppHost itself (PostgreSQL 16.4, migrations, the Api), run as a user runs it, on free
/// ports and a throwaway state folder, the dashboard off. Shared by the benchmarks as a linked source file.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly CommandTask<CommandResult> _appHost;
    private readonly string _state;

    private BenchServer(string state, int port, int apiPort, CommandTask<CommandResult> appHost, CancellationTokenSource stop)
    {
        _state = state;
        ApiPort = apiPort;
        _appHost = appHost;
        _stop = stop;
        ServerConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = File.ReadAllText(Path.Combine(state, "secrets", "postgres-password")).Trim(),
            Database = "postgres",
        }.ConnectionString;
    }

    public string ServerConnectionString { get; }

    public int ApiPort { get; }

    /// <summary>The WhisperEngine database the AppHost created and migrated.</summary>
    public string WhisperEngineConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "whisperengine" }.ConnectionString;

    public static async Task<BenchServer> StartAsync()
    {
        var state = Path.Combine(Path.GetTempPath(), "whisperaspire-bench", $"{AppDomain.CurrentDomain.FriendlyName}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(state);
        File.SetUnixFileMode(Path.GetDirectoryName(state)!, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(state, (UnixFileMode)0b111_101_101);

        var port = FreePort();
        var apiPort = FreePort();
        var stop = new CancellationTokenSource();
        // The built AppHost as dotnet run starts it (in its folder), with its launch profile's dashboard settings on free ports.
        var repo = RepositoryLayout.Find();
        var appHost = Cli.Wrap(repo.AppHostExecutable)
            .WithArguments([$"--Postgres:Port={port}", $"--Api:Port={apiPort}", $"--AppHost:StateDirectory={state}"])
            .WithWorkingDirectory(repo.AppHostProject)
            .WithEnvironmentVariables(new Dictionary<string, string?>
            {
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = $"http://localhost:{FreePort()}",
                ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort()}",
                ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{FreePort()}",
                ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            })
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(CancellationToken.None, stop.Token);
        await WaitForApiAsync(apiPort, appHost.Task);

        return new BenchServer(state, port, apiPort, appHost, stop);
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync(); // graceful: SIGINT, as Ctrl+C
        try
        {
            await _appHost;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        Directory.Delete(_state, recursive: true);
    }

    /// <summary>Up means the Api answers /health: the AppHost has started PostgreSQL, migrated, and started the Api.</summary>
    private static async Task WaitForApiAsync(int apiPort, Task exited)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!exited.IsCompleted && DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{apiPort}/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // DCP's proxy accepts before the Api listens; nothing listens yet before that.
            }

            await Task.Delay(200); // the Api's readiness has no other signal from outside
        }

        throw new InvalidOperationException("The AppHost did not bring the Api up; run `dotnet run --project AppHost` to see why.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
