using Npgsql;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>What a developer gets from dotnet run --project AppHost, checked on the shared stack.</summary>
public sealed class StackStartupTests(StackFixture fixture)
{
    private TestStack Stack => fixture.Stack;

    [Fact]
    public async Task Api_health_endpoint_answers_200()
    {
        using var response = await Stack.Api.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Api_liveness_endpoint_answers_200()
    {
        using var response = await Stack.Api.GetAsync("/alive", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostgreSQL_16_4_answers_on_the_configured_port()
    {
        var builder = new NpgsqlConnectionStringBuilder(Stack.ConnectionString);
        await using var connection = new NpgsqlConnection(Stack.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SHOW server_version", connection);

        var version = (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal("16.4", version);
        Assert.Equal(Stack.PostgresPort, builder.Port);
        Assert.Equal("127.0.0.1", builder.Host);
        Assert.Equal("whisperengine", builder.Database);
    }

    [Fact]
    public async Task PostgreSQL_listens_on_loopback_only_and_requires_a_password()
    {
        await using var connection = new NpgsqlConnection(Stack.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_setting('listen_addresses'), current_setting('password_encryption')", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        await reader.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal("127.0.0.1", reader.GetString(0));
        Assert.Equal("scram-sha-256", reader.GetString(1));

        var wrongPassword = new NpgsqlConnectionStringBuilder(Stack.ConnectionString) { Password = "not-the-password", Pooling = false };
        await using var rejected = new NpgsqlConnection(wrongPassword.ConnectionString);
        var error = await Assert.ThrowsAsync<PostgresException>(() => rejected.OpenAsync(TestContext.Current.CancellationToken));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
    }

    [Fact]
    public async Task Api_started_only_after_migrations_finished_with_exit_code_0()
    {
        var migrations = Stack.Snapshot("migrations");
        var api = await Stack.LogLinesAsync("api");
        // The order of the api's own console, not timestamps: those come from different clocks at different precisions
        // (a start time of .380 against a stop time of .388 was seen in CI), so comparing them fails now and then.
        var waiting = api.ToList().FindIndex(l => l.Contains("Waiting for resource 'migrations' to complete.", StringComparison.Ordinal));
        var finished = api.ToList().FindIndex(l => l.Contains("Finished waiting for resource 'migrations'.", StringComparison.Ordinal));
        var listening = api.ToList().FindIndex(l => l.Contains("Now listening on", StringComparison.Ordinal));

        Assert.Equal(KnownResourceStates.Finished, migrations.State?.Text);
        Assert.Equal(0, migrations.ExitCode);
        Assert.True(waiting >= 0 && finished > waiting && listening > finished,
            $"waiting at line {waiting}, finished waiting at {finished}, the Api listening at {listening}:\n{string.Join("\n", api.Take(40))}");
    }

    [Fact]
    public void Every_project_and_the_server_ran_as_its_own_process()
    {
        var pids = new[] { "postgres", "migrations", "api" }.Select(Stack.ProcessId).ToList();

        Assert.All(pids, pid => Assert.NotNull(pid));
        Assert.Equal(3, pids.Distinct().Count());
        Assert.DoesNotContain(Environment.ProcessId, pids.OfType<int>());
    }

    [Fact]
    public void The_services_ran_as_their_built_executables_not_under_dotnet_run()
    {
        var api = Stack.ProcessId("api")!.Value;
        var commandLine = File.ReadAllText($"/proc/{api}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Path.ChangeExtension(BuiltProject.Assembly(new Projects.Api()), null), commandLine[0]);
        Assert.Equal(Path.ChangeExtension(BuiltProject.Assembly(new Projects.MigrationService()), null),
            Stack.Snapshot("migrations").Properties.Single(p => p.Name == "executable.path").Value);
    }

    [Fact]
    public async Task Schema_endpoint_reports_the_applied_migrations()
    {
        using var response = await Stack.Api.GetAsync("/api/schema", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Baseline", body, StringComparison.OrdinalIgnoreCase);
    }
}
