using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>The AppHost as a user runs it: its own process, its console, SIGTERM (what Ctrl+C and service managers send), kill -9.</summary>
public sealed class AppHostCommandLineTests
{
    [Fact]
    public async Task SIGTERM_stops_every_child_cleanly_and_the_console_never_shows_the_password()
    {
        var state = TestDirectories.Create("cli");
        try
        {
            await using var appHost = AppHostProcess.Start(state);
            await appHost.WaitUntilHealthyAsync();
            var children = StackProcesses(appHost);
            Assert.NotEmpty(ProcessSignals.Mentioning(Path.Combine(state, "postgres-16")));

            Assert.Equal(0, await appHost.StopAsync());

            await WaitUntilGoneAsync(children);
            var password = await File.ReadAllTextAsync(Path.Combine(state, "secrets", "postgres-password"), TestContext.Current.CancellationToken);
            Assert.DoesNotContain(password.Trim(), appHost.Console, StringComparison.Ordinal);
            Assert.Contains("Login to the dashboard at http://localhost:", appHost.Console, StringComparison.Ordinal);
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task After_the_apphost_is_killed_the_next_start_recovers_keeps_the_rows_and_leaves_no_orphan()
    {
        var state = TestDirectories.Create("killed");
        var postgresPort = FreePort.Next();
        var connection = "";
        IReadOnlyList<int> firstRun = [];
        try
        {
            await using var first = AppHostProcess.Start(state, postgresPort);
            await first.WaitUntilHealthyAsync();
            firstRun = StackProcesses(first);
            var password = await File.ReadAllTextAsync(Path.Combine(state, "secrets", "postgres-password"), TestContext.Current.CancellationToken);
            connection = $"Host=127.0.0.1;Port={postgresPort};Username=postgres;Password={password.Trim()};Database=whisperengine;Pooling=false";
            await Database.ExecuteAsync(connection, "INSERT INTO users (username) VALUES ('survivor')");

            first.Kill(); // SIGKILL: the AppHost gets no chance to stop anything
            await first.Exited;

            await using var second = AppHostProcess.Start(state, postgresPort);
            await second.WaitUntilHealthyAsync();

            // DCP's monitor removes what the killed run left (the second start may be healthy before it has finished).
            await WaitUntilGoneAsync(firstRun);
            Assert.Equal(1L, await Database.ScalarAsync<long>(connection, "SELECT count(*) FROM users WHERE username = 'survivor'"));
            var secondRun = StackProcesses(second);
            Assert.Equal(0, await second.StopAsync());
            await WaitUntilGoneAsync(secondRun);
        }
        finally
        {
            // Whatever the kill left behind, should the test fail before DCP cleaned it up.
            foreach (var pid in firstRun.Where(ProcessSignals.IsAlive))
            {
                ProcessSignals.Send(pid, ProcessSignals.SigKill);
            }

            TestDirectories.Delete(state);
        }
    }

    /// <summary>
    /// What belongs to one AppHost run: DCP (started with --monitor on the AppHost, then its own monitors), the server
    /// on this state folder, and the services, whose connection strings name this run's port.
    /// </summary>
    internal static IReadOnlyList<int> StackProcesses(AppHostProcess appHost)
    {
        var dcp = ProcessSignals.Mentioning($"--monitor {appHost.ProcessId} ");
        return [.. dcp, .. dcp.SelectMany(pid => ProcessSignals.Mentioning($"--monitor {pid} ")),
            .. ProcessSignals.Mentioning(appHost.State), .. ProcessSignals.WithEnvironmentMentioning($"Port={appHost.PostgresPort};")];
    }

    /// <summary>DCP removes what an AppHost leaves within seconds of its exit; wait for exactly that.</summary>
    internal static async Task WaitUntilGoneAsync(IReadOnlyList<int> processes)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(AppHostProcess.Patience);
        while (processes.Any(ProcessSignals.IsAlive) && !patience.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None); // process exits of other sessions raise no event here
        }

        Assert.All(processes, pid => Assert.False(ProcessSignals.IsAlive(pid), $"process {pid} outlived the AppHost"));
    }
}
