using Npgsql;
using Respawn;

[assembly: AssemblyFixture(typeof(WhisperAspire.IntegrationTests.Infrastructure.StackFixture))]

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>One stack for the whole test run, reset to an empty (but fully migrated) database before each test that asks.</summary>
public sealed class StackFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public TestStack Stack { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Stack = await TestStack.StartHealthyAsync();

    /// <summary>Deletes every row the tests wrote; the migration history and the schema journal stay.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(Stack.ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory", "schema_journal"],
        });
        await _respawner.ResetAsync(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }
    }
}
