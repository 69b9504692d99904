using System.Text;
using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>The AppHost as a user runs it: its own process, its console, SIGTERM (what Ctrl+C and service managers send).</summary>
public sealed partial class AppHostCommandLineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task SIGTERM_stops_every_child_cleanly_and_the_console_never_shows_the_password()
    {
        var state = TestDirectories.Create("cli");
        try
        {
            var appHost = await StartAsync(state, FreePort.Next());

            Assert.True(SendSigterm(appHost.ProcessId));
            var result = await appHost.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

            var console = await appHost.Output;
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(3, appHost.Children.Count); // postgres, migrations, api
            Assert.All(appHost.Children, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} outlived the AppHost"));
            Assert.Contains("api           Finished  exit code 0", console, StringComparison.Ordinal);
            Assert.Contains("postgres      Finished  exit code 0", console, StringComparison.Ordinal);
            var password = await File.ReadAllTextAsync(Path.Combine(state, "secrets", "postgres-password"), TestContext.Current.CancellationToken);
            Assert.DoesNotContain(password.Trim(), console, StringComparison.Ordinal);
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task A_port_in_use_ends_the_apphost_with_exit_code_1_and_says_how_to_change_it()
    {
        var state = TestDirectories.Create("cliport");
        using var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((System.Net.IPEndPoint)squatter.LocalEndpoint).Port;
        try
        {
            var result = await Cli.Wrap("dotnet")
                .WithArguments([new Projects.AppHost().AssemblyPath, $"--Postgres:Port={port}", $"--AppHost:StateDirectory={state}", "--Dashboard:Enabled=false"])
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(TestContext.Current.CancellationToken)
                .Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

            Assert.Contains($"Port {port} on 127.0.0.1 is already in use", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("--Postgres:Port=", result.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(1, result.ExitCode);
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task Without_npm_docker_or_cached_binaries_it_says_what_to_install()
    {
        var state = TestDirectories.Create("nonpm");
        // A PATH with only what the AppHost itself needs: no npm, no docker.
        var bin = Directory.CreateDirectory(Path.Combine(state, "bin")).FullName;
        foreach (var tool in new[] { "id", "setpriv", "chown" })
        {
            File.CreateSymbolicLink(Path.Combine(bin, tool), Path.Combine("/usr/bin", tool));
        }

        try
        {
            var result = await Cli.Wrap(DotnetHost)
                .WithArguments([new Projects.AppHost().AssemblyPath, $"--Postgres:Port={FreePort.Next()}",
                    $"--AppHost:StateDirectory={state}", $"--AppHost:CacheDirectory={Path.Combine(state, "cache")}", "--Dashboard:Enabled=false"])
                .WithEnvironmentVariables(new Dictionary<string, string?> { ["PATH"] = bin })
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(TestContext.Current.CancellationToken)
                .Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("npm is not installed", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("Postgres:BinDirectory", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("Postgres:Provider=container", result.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task After_the_apphost_is_killed_the_next_start_takes_over_its_orphaned_postgres()
    {
        var state = TestDirectories.Create("killed");
        var postgresPort = FreePort.Next();
        var orphans = new List<int>();
        try
        {
            var first = await StartAsync(state, postgresPort);
            orphans.AddRange(first.Children);
            kill(first.ProcessId, 9); // SIGKILL: the AppHost gets no chance to stop anything
            Assert.Equal(128 + 9, (await first.Task).ExitCode);
            Assert.True(Directory.Exists($"/proc/{first.Children[0]}"), "the first PostgreSQL should have outlived its AppHost");

            var second = await StartAsync(state, postgresPort);
            kill(second.ProcessId, 15);
            await second.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

            Assert.Contains("still runs on this cluster; stopping it", await second.Output, StringComparison.Ordinal);
            Assert.False(Directory.Exists($"/proc/{first.Children[0]}"), "the orphaned PostgreSQL should have been stopped");
            Assert.All(second.Children, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} outlived the AppHost"));
        }
        finally
        {
            // The first AppHost's Api was orphaned too; end it, and anything else the kill left behind.
            foreach (var pid in orphans.Where(pid => Directory.Exists($"/proc/{pid}")))
            {
                kill(pid, 9);
            }

            TestDirectories.Delete(state);
        }
    }

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "/usr/share/dotnet/dotnet";

    /// <summary>An AppHost process: its run, the pids of its children once up (postgres first), and its console so far.</summary>
    private sealed record RunningAppHost(CommandTask<CommandResult> Run, List<int> Children, Func<string> ConsoleSoFar)
    {
        public int ProcessId => Run.ProcessId;

        public Task<CommandResult> Task => Run.Task;

        public Task<string> Output => Run.Task.ContinueWith(_ => ConsoleSoFar(), TaskScheduler.Default);
    }

    /// <summary>Starts the AppHost process and returns once everything is up.</summary>
    private static async Task<RunningAppHost> StartAsync(string state, int postgresPort)
    {
        var output = new StringBuilder();
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Cli.Wrap("dotnet")
            .WithArguments([new Projects.AppHost().AssemblyPath, $"--Postgres:Port={postgresPort}", $"--Api:Port={FreePort.Next()}",
                $"--AppHost:StateDirectory={state}", "--Dashboard:Enabled=false"])
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line =>
            {
                lock (output)
                {
                    output.AppendLine(line);
                }

                if (line.Contains("Everything is up", StringComparison.Ordinal))
                {
                    up.TrySetResult();
                }
            }))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(TestContext.Current.CancellationToken);
        await Task.WhenAny(up.Task, run.Task).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.True(up.Task.IsCompleted, $"the AppHost never came up:{Environment.NewLine}{output}");
        var text = output.ToString();
        return new RunningAppHost(run, [.. ProcessIdPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value)).Distinct()], () =>
        {
            lock (output)
            {
                return output.ToString();
            }
        });
    }

    [GeneratedRegex(@"Running[^\n]*pid (\d+)")]
    private static partial Regex ProcessIdPattern();

    private static bool SendSigterm(int pid) => kill(pid, 15) == 0;


    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
