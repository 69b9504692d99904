using Microsoft.Extensions.DependencyInjection;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>What the dashboard offers for the schema, run through Aspire's own command service on a stack of their own.</summary>
public sealed class SchemaCommandsTests(SchemaCommandsTests.OwnStack own) : IClassFixture<SchemaCommandsTests.OwnStack>
{
    private TestStack Stack => own.Stack;

    /// <summary>A reset takes the shared stack's Api away for a moment: these tests get a stack of their own.</summary>
    public sealed class OwnStack : IAsyncLifetime
    {
        public TestStack Stack { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Stack = await TestStack.StartHealthyAsync();

        public async ValueTask DisposeAsync() => await Stack.DisposeAsync();
    }

    [Fact]
    public async Task Once_finished_the_migrations_resource_shows_the_schema_version_and_nothing_pending()
    {
        var migrations = await Stack.Notifications.WaitForResourceAsync("migrations",
            e => e.Snapshot.Properties.Any(p => p.Name == "schema.pending"), TestContext.Current.CancellationToken);
        var properties = migrations.Snapshot.Properties.ToDictionary(p => p.Name, p => p.Value);
        var steps = await Database.ScalarAsync<long>(Stack.ConnectionString, "SELECT count(*) FROM schema_journal");
        var last = await Database.ScalarAsync<string>(Stack.ConnectionString, "SELECT step FROM schema_journal ORDER BY applied_at DESC, step DESC LIMIT 1");

        Assert.Equal(0, Convert.ToInt32(properties["schema.pending"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(steps, Convert.ToInt64(properties["schema.steps"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(steps, Convert.ToInt64(properties["schema.applied"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(last, properties["schema.version"]);
    }

    [Fact]
    public async Task Show_pending_migrations_says_the_database_is_up_to_date()
    {
        var result = await ExecuteAsync("show-pending-migrations");

        Assert.True(result.Success, result.Message);
        Assert.StartsWith("Up to date", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_database_empties_it_rebuilds_the_schema_and_brings_the_api_back()
    {
        var username = $"reset-{Guid.NewGuid():N}";
        await Database.ExecuteAsync(Stack.ConnectionString, $"INSERT INTO users (username) VALUES ('{username}')");

        var result = await ExecuteAsync("reset-database");

        Assert.True(result.Success, result.Message);
        Npgsql.NpgsqlConnection.ClearAllPools(); // the reset ended this test's pooled sessions, as it ends everyone's
        Assert.Equal(0L, await Database.ScalarAsync<long>(Stack.ConnectionString, "SELECT count(*) FROM users"));
        Assert.True(await Database.ScalarAsync<long>(Stack.ConnectionString, "SELECT count(*) FROM schema_journal") > 0);
        Assert.Equal(KnownResourceStates.Running, Stack.Snapshot("api").State?.Text);
        using var health = await Stack.Api.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void Resetting_asks_for_confirmation_first()
    {
        var reset = Stack.Snapshot("whisperengine").Commands.Single(c => c.Name == "reset-database");

        Assert.False(string.IsNullOrEmpty(reset.ConfirmationMessage));
        Assert.Equal(ResourceCommandState.Enabled, reset.State);
    }

    private Task<ExecuteCommandResult> ExecuteAsync(string command) =>
        Stack.App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync("whisperengine", command, TestContext.Current.CancellationToken);
}
