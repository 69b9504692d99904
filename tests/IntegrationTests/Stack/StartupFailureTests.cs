using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.IntegrationTests.Stack;

/// <summary>Failures a user can cause: each is reported with the way out, and nothing stored is lost.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_failing_migration_service_keeps_the_api_from_starting_and_says_why()
    {
        await using var stack = await TestStack.StartAsync(configure: builder =>
            // A database that does not exist: the MigrationService fails the way it would against a wrong server.
            builder.CreateResourceBuilder<ProjectResource>("migrations")
                .WithEnvironment("ConnectionStrings__whisperengine", $"Host=127.0.0.1;Port={PortOf(builder)};Database=no_such_database;Username=postgres;Password=x"));

        var api = await stack.WaitForAsync("api", s => s.State == ResourceState.FailedToStart);
        var migrations = stack.Snapshot("migrations");

        Assert.Equal(ResourceState.Exited, migrations.State);
        Assert.NotEqual(0, migrations.ExitCode);
        Assert.Null(api.ProcessId);
        Assert.Contains("waits for migrations to complete successfully", api.Message, StringComparison.Ordinal);
        Assert.Contains($"exited with code {migrations.ExitCode}", api.Message, StringComparison.Ordinal);
        Assert.Contains("Last output of migrations", api.Message, StringComparison.Ordinal);
        Assert.True(stack.Snapshot("postgres").IsReady, "the database stays up for inspection");
    }

    [Fact]
    public async Task A_port_in_use_stops_the_apphost_with_the_port_and_the_setting_that_changes_it()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        await using var stack = await TestStack.StartAsync(postgresPort: port);
        var postgres = await stack.WaitForAsync("postgres", s => s.State == ResourceState.FailedToStart);
        var lifetime = stack.App.Services.GetRequiredService<IHostApplicationLifetime>();

        Assert.Contains($"Port {port}", postgres.Message, StringComparison.Ordinal);
        Assert.Contains("Postgres:Port", postgres.Message, StringComparison.Ordinal);
        Assert.Contains("Postgres__Port", postgres.Message, StringComparison.Ordinal);
        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested, "the AppHost stops when its database cannot start");
        Assert.Empty(stack.ProcessIds());
    }

    [Fact]
    public async Task A_data_directory_that_is_not_a_cluster_is_refused_and_left_untouched()
    {
        var state = TestDirectories.Create("notcluster");
        var dataDirectory = Path.Combine(state, "my-documents");
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "notes.txt"), "precious", TestContext.Current.CancellationToken);
        try
        {
            await using var stack = await TestStack.StartAsync(state, extraArgs: [$"--Postgres:DataDirectory={dataDirectory}"]);
            var postgres = await stack.WaitForAsync("postgres", s => s.State == ResourceState.FailedToStart);

            Assert.Contains("not a PostgreSQL data directory", postgres.Message, StringComparison.Ordinal);
            Assert.Contains("left untouched", postgres.Message, StringComparison.Ordinal);
            Assert.Equal(["notes.txt"], Directory.GetFiles(dataDirectory).Select(Path.GetFileName));
            Assert.Equal("precious", await File.ReadAllTextAsync(Path.Combine(dataDirectory, "notes.txt"), TestContext.Current.CancellationToken));
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task A_cluster_of_another_major_version_is_refused_and_left_untouched()
    {
        var state = TestDirectories.Create("pg15");
        var dataDirectory = Path.Combine(state, "postgres-16");
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "PG_VERSION"), "15\n", TestContext.Current.CancellationToken);
        try
        {
            await using var stack = await TestStack.StartAsync(state);
            var postgres = await stack.WaitForAsync("postgres", s => s.State == ResourceState.FailedToStart);

            Assert.Contains("PostgreSQL 15 cluster", postgres.Message, StringComparison.Ordinal);
            Assert.Equal("15\n", await File.ReadAllTextAsync(Path.Combine(dataDirectory, "PG_VERSION"), TestContext.Current.CancellationToken));
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    [Fact]
    public async Task A_second_apphost_on_the_same_data_directory_is_refused_and_the_first_keeps_running()
    {
        var state = TestDirectories.Create("twice");
        try
        {
            await using var first = await TestStack.StartAsync(state);
            await first.WaitForAsync("postgres", s => s.IsReady);

            await using var second = await TestStack.StartAsync(state);
            var refused = await second.WaitForAsync("postgres", s => s.State == ResourceState.FailedToStart);

            Assert.Contains("Another AppHost is using the PostgreSQL data directory", refused.Message, StringComparison.Ordinal);
            Assert.True(first.Snapshot("postgres").IsReady);
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
            await stack.WaitForAsync("postgres", s => s.IsReady);

            Assert.False(Directory.Exists(leftover), "the partial download should have been removed");
            Assert.True(File.Exists(Path.Combine(versionFolder, "linux-x64", ".complete")));
        }
        finally
        {
            TestDirectories.Delete(state);
        }
    }

    private static int PortOf(DistributedApplicationBuilder builder) =>
        builder.Resources.OfType<Hosting.Postgres.PostgresServerResource>().Single().Port;
}
