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
        var up = new TaskCompletionSource();
        var stop = new CancellationTokenSource();
        var appHost = Cli.Wrap("dotnet")
            .WithArguments([new Projects.AppHost().AssemblyPath, $"--Postgres:Port={port}", $"--Api:Port={apiPort}", $"--AppHost:StateDirectory={state}", "--Dashboard:Enabled=false"])
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line =>
            {
                if (line.Contains("Everything is up", StringComparison.Ordinal))
                {
                    up.TrySetResult();
                }
            }))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(CancellationToken.None, stop.Token);
        await Task.WhenAny(up.Task, appHost.Task).WaitAsync(TimeSpan.FromMinutes(3));
        if (!up.Task.IsCompleted)
        {
            throw new InvalidOperationException("The AppHost did not come up; run `dotnet run --project AppHost` to see why.");
        }

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
