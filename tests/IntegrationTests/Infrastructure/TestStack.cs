using Microsoft.Extensions.DependencyInjection;

namespace WhisperAspire.IntegrationTests.Infrastructure;

/// <summary>
/// The real stack, started from the AppHost's own Program.cs through Aspire.Hosting.Testing (DCP, the embedded
/// PostgreSQL, the MigrationService and the Api as real processes) on free ports with a throwaway state folder.
/// Disposing stops every process it started, whether or not the test passed.
/// </summary>
public sealed class TestStack : IAsyncDisposable
{
    public const string DefaultBotName = "fixture-bot";
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly bool _ownsState;
    private readonly Dictionary<string, List<string>> _logs = [];

    private TestStack(DistributedApplication app, string stateDirectory, bool ownsState, int postgresPort)
    {
        App = app;
        StateDirectory = stateDirectory;
        _ownsState = ownsState;
        PostgresPort = postgresPort;
    }

    public DistributedApplication App { get; }

    public string StateDirectory { get; }

    public int PostgresPort { get; }

    /// <summary>An HttpClient for the Api's http endpoint (a port Aspire.Hosting.Testing chose); set once the Api runs.</summary>
    public HttpClient Api => field ??= App.CreateHttpClient("api", "http");

    /// <summary>The whisperengine database's connection string, as the services receive it.</summary>
    public string ConnectionString { get; private set; } = "";

    public ResourceNotificationService Notifications => App.Services.GetRequiredService<ResourceNotificationService>();

    /// <summary>Builds the AppHost's model with test settings layered on, lets the test adjust it, and starts it.</summary>
    public static async Task<TestStack> StartAsync(
        string? stateDirectory = null,
        IEnumerable<string>? extraArgs = null,
        int? postgresPort = null,
        Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        var ownsState = stateDirectory is null;
        stateDirectory ??= TestDirectories.Create("stack");
        var port = postgresPort ?? FreePort.Next();
        string[] args =
        [
            // Aspire.Hosting.Testing randomizes proxied ports (the Api's); the embedded server's port is not proxied, so choose it here.
            $"--Postgres:Port={port}",
            $"--AppHost:StateDirectory={stateDirectory}",
            // The Api runs as this bot: POST /api/prompt answers for the character of this name, when a test creates one.
            $"--DISCORD_BOT_NAME={DefaultBotName}",
            .. extraArgs ?? [],
        ];

        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(args, timeout.Token);
        WithoutTelemetryExport(builder);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync(timeout.Token);
        var stack = new TestStack(app, stateDirectory, ownsState, port);
        stack.KeepConsoleLogs();
        try
        {
            await app.StartAsync(timeout.Token);
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }

        return stack;
    }

    /// <summary>
    /// Aspire.Hosting.Testing runs without the dashboard, so nothing receives OTLP; yet the services are told to export
    /// there, with retries, and each would spend some 15 s at exit retrying. No collector, no export.
    /// </summary>
    private static void WithoutTelemetryExport(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(context =>
            {
                foreach (var name in context.EnvironmentVariables.Keys.Where(k => k.StartsWith("OTEL_EXPORTER_OTLP_", StringComparison.Ordinal)).ToList())
                {
                    context.EnvironmentVariables.Remove(name);
                }
            });
        }
    }

    /// <summary>Starts a stack and waits until the Api is healthy; fails with every resource's state if it is not.</summary>
    public static async Task<TestStack> StartHealthyAsync(string? stateDirectory = null)
    {
        var stack = await StartAsync(stateDirectory);
        try
        {
            await stack.WaitForHealthyAsync("api");
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    public async Task WaitForHealthyAsync(string name)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            await Notifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, timeout.Token);
            ConnectionString = await App.GetConnectionStringAsync("whisperengine", timeout.Token) ?? "";
        }
        catch (Exception ex) when (ex is OperationCanceledException or DistributedApplicationException)
        {
            throw new InvalidOperationException($"{name} did not become healthy: {ex.Message}{Environment.NewLine}{await DescribeAsync()}", ex);
        }
    }

    /// <summary>Waits for a state (KnownResourceStates), and explains the whole stack when it does not come.</summary>
    public async Task<ResourceEvent> WaitForStateAsync(string name, params string[] states)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        try
        {
            return await Notifications.WaitForResourceAsync(name, e => states.Contains(e.Snapshot.State?.Text), timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{name} did not reach {string.Join(" or ", states)} within {StartTimeout}.{Environment.NewLine}{await DescribeAsync()}");
        }
    }

    public CustomResourceSnapshot Snapshot(string name) =>
        Notifications.TryGetCurrentState(name, out var current) ? current.Snapshot : throw new InvalidOperationException($"no resource {name}");

    /// <summary>The process DCP started for a resource (for a project: its dotnet run), as the dashboard shows it.</summary>
    public int? ProcessId(string name) =>
        Snapshot(name).Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid ? Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A resource's console lines so far (its own output, and what Aspire logged about it).</summary>
    public Task<IReadOnlyList<string>> LogLinesAsync(string name)
    {
        lock (_logs)
        {
            return Task.FromResult<IReadOnlyList<string>>(_logs.TryGetValue(name, out var lines) ? [.. lines] : []);
        }
    }

    /// <summary>
    /// Aspire streams a resource's console only to those who watch it, by the resource's id (DCP's name for the run, not
    /// the model's): watch each id as it appears, from the start.
    /// </summary>
    private void KeepConsoleLogs()
    {
        var loggers = App.Services.GetRequiredService<ResourceLoggerService>();
        var watched = new HashSet<string>();
        _ = Task.Run(async () =>
        {
            await foreach (var change in Notifications.WatchAsync())
            {
                if (!watched.Add(change.ResourceId))
                {
                    continue;
                }

                var name = change.Resource.Name;
                _ = Task.Run(async () =>
                {
                    await foreach (var batch in loggers.WatchAsync(change.ResourceId))
                    {
                        lock (_logs)
                        {
                            (_logs.TryGetValue(name, out var lines) ? lines : _logs[name] = []).AddRange(batch.Select(line => line.Content));
                        }
                    }
                });
            }
        });
    }

    public async Task<string> DescribeAsync()
    {
        var text = new System.Text.StringBuilder();
        foreach (var name in new[] { "postgres", "whisperengine", "migrations", "api" })
        {
            var s = Snapshot(name);
            text.AppendLine($"  {name}: {s.State?.Text} health={s.HealthStatus} exit={s.ExitCode}");
            foreach (var line in (await LogLinesAsync(name)).TakeLast(15))
            {
                text.AppendLine($"    {line}");
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_ownsState)
        {
            TestDirectories.Delete(StateDirectory);
        }
    }
}
