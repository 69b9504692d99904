using CliWrap;
using CliWrap.Buffered;
using Npgsql;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// An empty database of its own on the shared stack's server, for tests that watch the MigrationService from the
/// start (fresh apply, concurrent runs, a kill mid-run). Dropped on dispose.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private ScratchDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(TestStack stack)
    {
        var server = new NpgsqlConnectionStringBuilder(stack.ConnectionString) { Database = "postgres" }.ConnectionString;
        var database = new ScratchDatabase(server, $"scratch_{Guid.NewGuid():N}"[..20]);
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name}");
        return database;
    }

    /// <summary>Starts the built MigrationService against this database, as the AppHost does.</summary>
    public Command MigrationService(params string[] args) =>
        Cli.Wrap("dotnet")
            .WithArguments([BuiltProject.Assembly(new Projects.MigrationService()), .. args])
            .WithWorkingDirectory(Path.GetDirectoryName(new Projects.MigrationService().ProjectPath)!)
            .WithEnvironmentVariables(new Dictionary<string, string?> { ["ConnectionStrings__whisperengine"] = ConnectionString })
            .WithValidation(CommandResultValidation.None);

    public async Task<BufferedCommandResult> MigrateAsync(params string[] args) =>
        await MigrationService(args).ExecuteBufferedAsync(TestContext.Current.CancellationToken);

    public Task<T?> ScalarAsync<T>(string sql) => Database.ScalarAsync<T>(ConnectionString, sql);

    public Task ExecuteAsync(string sql) => Database.ExecuteAsync(ConnectionString, sql);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
