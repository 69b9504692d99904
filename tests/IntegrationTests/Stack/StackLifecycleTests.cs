using Npgsql;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>Stacks of their own: stopping, restarting, crashing and failing must not lose data or leave processes behind.</summary>
public sealed class StackLifecycleTests
{
    [Fact]
    public async Task Stopping_the_stack_leaves_no_child_process()
    {
        var stack = await TestStack.StartHealthyAsync();
        var state = stack.StateDirectory;
        var api = stack.ProcessId("api")!.Value;
        List<int> processes = [stack.ProcessId("postgres")!.Value, api, .. ChildrenOf(api), .. ProcessSignals.Mentioning(state)];

        await stack.DisposeAsync();

        Assert.All(processes, pid => Assert.False(ProcessSignals.IsAlive(pid), $"process {pid} outlived the stack"));
        Assert.Empty(ProcessSignals.Mentioning(state));
    }

    [Fact]
    public async Task A_row_written_before_a_restart_is_there_after_it_and_PostgreSQL_needs_no_recovery()
    {
        var state = TestDirectories.Create("restart");
        try
        {
            var username = $"restart-{Guid.NewGuid():N}";
            await using (var first = await TestStack.StartHealthyAsync(state))
            {
                await Database.ExecuteAsync(first.ConnectionString, $"INSERT INTO users (username) VALUES ('{username}')");
            }

            await using var second = await TestStack.StartHealthyAsync(state);
            var count = await Database.ScalarAsync<long>(second.ConnectionString, $"SELECT count(*) FROM users WHERE username = '{username}'");
            var serverLog = string.Join('\n', await second.LogLinesAsync("postgres"));

            Assert.Equal(1L, count);
            Assert.Contains("database system was shut down at", serverLog, StringComparison.Ordinal);
            Assert.DoesNotContain("automatic recovery", serverLog, StringComparison.Ordinal);
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task An_api_that_crashes_after_start_is_shown_as_exited_with_its_code_and_the_rest_keeps_running()
    {
        await using var stack = await TestStack.StartHealthyAsync();
        var api = stack.ProcessId("api")!.Value; // the service itself: the AppHost starts its built executable

        ProcessSignals.Send(api, ProcessSignals.SigKill);
        var exited = await stack.WaitForStateAsync("api", KnownResourceStates.Exited, KnownResourceStates.Finished);

        // DCP reports an executable that ended, by itself or not, as Finished; the exit code tells a crash apart.
        Assert.NotEqual(0, exited.Snapshot.ExitCode ?? 0);
        Assert.Equal(KnownResourceStates.Running, stack.Snapshot("postgres").State?.Text);
        Assert.Equal(1, await Database.ScalarAsync<int>(stack.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task A_failing_migration_keeps_the_api_from_starting_and_the_database_up_for_inspection()
    {
        await using var stack = await TestStack.StartAsync(configure: builder =>
            // A database that does not exist: the MigrationService fails the way it would against a wrong server.
            builder.CreateResourceBuilder<ProjectResource>("migrations")
                .WithEnvironment("ConnectionStrings__whisperengine", "Host=127.0.0.1;Port=1;Database=no_such_database;Username=postgres;Password=x;Timeout=2"));

        var migrations = await stack.WaitForStateAsync("migrations", KnownResourceStates.Exited, KnownResourceStates.Finished);
        var api = await stack.WaitForStateAsync("api", KnownResourceStates.FailedToStart);

        Assert.NotEqual(0, migrations.Snapshot.ExitCode ?? 0);
        Assert.Null(stack.ProcessId("api"));
        Assert.Contains(await stack.LogLinesAsync("migrations"), line => line.Contains("no_such_database", StringComparison.Ordinal) || line.Contains("Failed to connect", StringComparison.Ordinal));
        Assert.Equal(KnownResourceStates.Running, stack.Snapshot("postgres").State?.Text);
        Assert.Equal(KnownResourceStates.FailedToStart, api.Snapshot.State?.Text);
    }

    private static IReadOnlyList<int> ChildrenOf(int pid) =>
        File.Exists($"/proc/{pid}/task/{pid}/children")
            ? [.. File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]
            : [];
}
