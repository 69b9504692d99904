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
        var output = new StringBuilder();
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var run = Cli.Wrap("dotnet")
                .WithArguments([new Projects.AppHost().AssemblyPath,
                    $"--Postgres:Port={FreePort.Next()}", $"--Api:Port={FreePort.Next()}", $"--AppHost:StateDirectory={state}", "--Dashboard:Enabled=false"])
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
            var children = ProcessIdPattern().Matches(output.ToString()).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();

            Assert.True(SendSigterm(run.ProcessId));
            var result = await run.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

            var console = output.ToString();
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(3, children.Count); // postgres, migrations, api
            Assert.All(children, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} outlived the AppHost"));
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

    [GeneratedRegex(@"Running[^\n]*pid (\d+)")]
    private static partial Regex ProcessIdPattern();

    private static bool SendSigterm(int pid) => kill(pid, 15) == 0;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
