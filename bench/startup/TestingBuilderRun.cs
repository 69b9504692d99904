using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.Bench.Startup;

/// <summary>
/// One stack as the tests start it: <c>DistributedApplicationTestingBuilder.CreateAsync&lt;Projects.AppHost&gt;()</c> in
/// this process (no dashboard; the services' OTLP variables dropped, as tests/IntegrationTests' TestStack does), free
/// PostgreSQL port, throwaway or reused state folder, until Aspire reports the Api healthy (what a test waits for);
/// then <c>DisposeAsync</c> until every process of the stack is gone.
/// </summary>
internal sealed class TestingBuilderRun(string state)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly int _postgresPort = Probes.FreePort();
    private readonly PhaseClock _clock = new();
    private int? _dcpPid;

    private string DataDirectory => Path.Combine(state, "postgres-16");

    public async Task<RunFigures> MeasureAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [$"--Postgres:Port={_postgresPort}", $"--AppHost:StateDirectory={state}"], patience.Token);
        WithoutTelemetryExport(builder);
        // The testing builder logs every resource's console here; the figures are what this run prints.
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("AppHost.Resources", LogLevel.None));
        var app = await builder.BuildAsync(patience.Token);
        try
        {
            // StartAsync returns only once the resources waited for have started: watch beside it, from the beginning.
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            await Task.WhenAll(
                app.StartAsync(patience.Token),
                _clock.MarkWhenDoneAsync(Probes.WaitForSelectOneAsync(() => Probes.StackConnectionString(state, _postgresPort), patience.Token), Phase.Postgres),
                _clock.MarkWhenDoneAsync(notifications.WaitForResourceHealthyAsync("api", WaitBehavior.StopOnResourceUnavailable, patience.Token), Phase.ApiHealthy),
                new ServiceProcessWatch(_clock).WatchAsync(ProcessTree, patience.Token));
        }
        catch (Exception ex)
        {
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            var states = string.Join(", ", new[] { "postgres", "whisperengine", "migrations", "api" }.Select(name =>
                notifications.TryGetCurrentState(name, out var current) ? $"{name} {current.Snapshot.State?.Text} ({current.Snapshot.HealthStatus})" : $"{name} unknown"));
            await app.DisposeAsync();
            throw new InvalidOperationException($"The stack did not bring the Api up (phases ended: {string.Join(", ", _clock.Marks.Keys)}; resources: {states})", ex);
        }

        var stack = StackShutdown.Processes([], _dcpPid!.Value, state, _postgresPort);
        var figures = await StackShutdown.MeasureAsync(stack, "DisposeAsync returned", async () =>
        {
            await app.DisposeAsync();
            return 0;
        }, DataDirectory, _clock);
        return figures;
    }

    /// <summary>DCP monitors this process (the AppHost runs in it); the services run under DCP.</summary>
    private IEnumerable<int> ProcessTree()
    {
        if (_dcpPid is null && ServiceProcessWatch.FindDcp(Environment.ProcessId) is { } dcp)
        {
            _dcpPid = dcp;
            _clock.Mark(Phase.Dcp);
        }

        return _dcpPid is { } d ? ProcessTable.Descendants(d) : [];
    }

    /// <summary>Without the dashboard nothing receives OTLP, and a service would retry its export for seconds at exit.</summary>
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
}
