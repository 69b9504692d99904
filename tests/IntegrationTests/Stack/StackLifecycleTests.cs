using Npgsql;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>Stacks of their own: stopping, restarting and crashing must not lose data or leave processes behind.</summary>
public sealed class StackLifecycleTests
{
    [Fact]
    public async Task Stopping_the_stack_leaves_no_child_process()
    {
        var stack = await TestStack.StartHealthyAsync();
        var pids = new[] { "postgres", "api" }.Select(name => stack.Snapshot(name).ProcessId!.Value).ToList();
        Assert.Equal(3, stack.ProcessIds().Count); // and migrations, which has already exited

        await stack.DisposeAsync();

        Assert.All(pids, pid => Assert.False(ProcessAlive(pid), $"process {pid} outlived the stack"));
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
                await ExecuteAsync(first.ConnectionString, "INSERT INTO users (username) VALUES ($1)", username);
            }

            await using var second = await TestStack.StartHealthyAsync(state);
            var count = await ExecuteAsync(second.ConnectionString, "SELECT count(*) FROM users WHERE username = $1", username);
            var serverLog = string.Join('\n', second.App.ResourceLogs.GetLines(second.Resource<Resource>("postgres")).Select(l => l.Text));

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
    public async Task An_api_that_crashes_after_start_is_shown_as_exited_and_the_rest_keeps_running()
    {
        await using var stack = await TestStack.StartHealthyAsync();
        var apiPid = stack.Snapshot("api").ProcessId!.Value;

        System.Diagnostics.Process.GetProcessById(apiPid).Kill();
        var api = await stack.WaitForAsync("api", s => s.State == ResourceState.Exited);

        Assert.NotEqual(0, api.ExitCode ?? -1);
        Assert.True(stack.Snapshot("postgres").IsReady, "postgres should keep running when the api crashes");
        Assert.Equal(1L, await ExecuteAsync(stack.ConnectionString, "SELECT 1"));
    }

    private static bool ProcessAlive(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static async Task<object?> ExecuteAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var result = await command.ExecuteScalarAsync();
        return result is int i ? (long)i : result;
    }
}
