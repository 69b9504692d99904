using System.Net;
using System.Net.Sockets;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>
/// When the database cannot start at all there is nothing to inspect: the AppHost says why and how to fix it, and exits
/// with code 1. Nothing already stored is touched.
/// </summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task A_port_in_use_ends_the_apphost_with_exit_code_1_and_says_how_to_change_it()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var console = await RefusedAsync("port", state => AppHostProcess.Start(state, port));

        Assert.Contains($"Port {port} on 127.0.0.1 is already in use", console, StringComparison.Ordinal);
        Assert.Contains($"--Postgres:Port={port + 1}", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_npm_docker_or_cached_binaries_it_says_what_to_install()
    {
        var console = await RefusedAsync("nonpm", state =>
        {
            // A PATH with only what the AppHost itself needs: no npm, no docker.
            var bin = Directory.CreateDirectory(Path.Combine(state, "bin")).FullName;
            foreach (var tool in new[] { "id", "setpriv", "chown", "sh", "dotnet" })
            {
                var installed = new[] { "/usr/bin", "/bin", "/usr/local/bin", "/usr/share/dotnet" }.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
                if (installed is not null)
                {
                    File.CreateSymbolicLink(Path.Combine(bin, tool), installed);
                }
            }

            return AppHostProcess.Start(state, extraArgs: [$"--AppHost:CacheDirectory={Path.Combine(state, "cache")}"],
                environment: new Dictionary<string, string?> { ["PATH"] = bin });
        });

        Assert.Contains("npm is not installed", console, StringComparison.Ordinal);
        Assert.Contains("Postgres:BinDirectory", console, StringComparison.Ordinal);
        Assert.Contains("Postgres:Provider=container", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_that_is_not_a_cluster_is_refused_and_left_untouched()
    {
        string dataDirectory = "";
        var console = await RefusedAsync("notcluster", state =>
        {
            dataDirectory = Directory.CreateDirectory(Path.Combine(state, "my-documents")).FullName;
            File.WriteAllText(Path.Combine(dataDirectory, "notes.txt"), "precious");
            return AppHostProcess.Start(state, extraArgs: [$"--Postgres:DataDirectory={dataDirectory}"]);
        }, afterwards: () => Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(dataDirectory).Select(Path.GetFileName)));

        Assert.Contains("is not a PostgreSQL data directory", console, StringComparison.Ordinal);
        Assert.Contains("left untouched", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_of_another_major_version_is_refused_and_left_untouched()
    {
        string dataDirectory = "";
        var console = await RefusedAsync("pg15", state =>
        {
            dataDirectory = Directory.CreateDirectory(Path.Combine(state, "postgres-15")).FullName;
            File.WriteAllText(Path.Combine(dataDirectory, "PG_VERSION"), "15\n");
            return AppHostProcess.Start(state, extraArgs: [$"--Postgres:DataDirectory={dataDirectory}"]);
        }, afterwards: () => Assert.Equal("15\n", File.ReadAllText(Path.Combine(dataDirectory, "PG_VERSION"))));

        Assert.Contains("holds a PostgreSQL 15 cluster", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_the_servers_account_cannot_reach_is_named_with_the_way_out()
    {
        if (Environment.UserName != "root")
        {
            Assert.Skip("Only root runs PostgreSQL under another account.");
        }

        string closed = "";
        var console = await RefusedAsync("closed", state =>
        {
            // What mktemp -d makes: a folder only its owner (root) may enter.
            closed = Directory.CreateDirectory(Path.Combine(state, "private")).FullName;
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            return AppHostProcess.Start(state, extraArgs: [$"--Postgres:DataDirectory={Path.Combine(closed, "pg")}"]);
        }, afterwards: () => Assert.Empty(Directory.EnumerateFileSystemEntries(closed)));

        Assert.Contains($"cannot enter {closed} (mode 700)", console, StringComparison.Ordinal);
        Assert.Contains($"chmod o+x {closed}", console, StringComparison.Ordinal);
        Assert.Contains("Postgres:RunAs", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_apphost_on_the_same_data_directory_is_refused_and_the_first_keeps_running()
    {
        var state = TestDirectories.Create("twice");
        try
        {
            await using var first = AppHostProcess.Start(state);
            await first.WaitUntilHealthyAsync();

            await using var second = AppHostProcess.Start(state);
            var refused = await second.ExitCodeAsync();

            Assert.Equal(1, refused);
            Assert.Contains("Another AppHost is using the PostgreSQL data directory", second.Console, StringComparison.Ordinal);
            await first.WaitUntilHealthyAsync(); // still answering
            var processes = AppHostCommandLineTests.StackProcesses(first);
            Assert.Equal(0, await first.StopAsync());
            await AppHostCommandLineTests.WaitUntilGoneAsync(processes);
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task An_interrupted_download_is_neither_used_nor_in_the_way()
    {
        var state = TestDirectories.Create("download");
        var versionFolder = Path.Combine(state, "cache", "postgres", "16.4.0-beta.14");
        var leftover = Path.Combine(versionFolder, ".partial-deadbeef");
        Directory.CreateDirectory(Path.Combine(leftover, "native", "bin"));
        await File.WriteAllTextAsync(Path.Combine(leftover, "native", "bin", "postgres"), "half a binary", TestContext.Current.CancellationToken);
        try
        {
            await using var stack = await TestStack.StartAsync(state, extraArgs: [$"--AppHost:CacheDirectory={Path.Combine(state, "cache")}"]);
            await stack.WaitForHealthyAsync("postgres");

            Assert.False(Directory.Exists(leftover), "the partial download should have been removed");
            Assert.True(File.Exists(Path.Combine(versionFolder, "linux-x64", ".complete")));
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    /// <summary>Starts an AppHost that must refuse: exit code 1, no stack trace, nothing left running. Returns its console.</summary>
    private static async Task<string> RefusedAsync(string purpose, Func<string, AppHostProcess> start, Action? afterwards = null)
    {
        var state = TestDirectories.Create(purpose);
        try
        {
            await using var appHost = start(state);
            var exitCode = await appHost.ExitCodeAsync();

            Assert.True(exitCode == 1, $"exit code {exitCode}:{Environment.NewLine}{appHost.Console}");
            Assert.DoesNotContain("Unhandled exception", appHost.Console, StringComparison.Ordinal);
            await AppHostCommandLineTests.WaitUntilGoneAsync(AppHostCommandLineTests.StackProcesses(appHost));
            afterwards?.Invoke();
            return appHost.Console;
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }
}
