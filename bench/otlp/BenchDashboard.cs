using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Dashboard.Components;
using WhisperAspire.Hosting.Dashboard.Journal;
using WhisperAspire.Hosting.Dashboard.Otlp;
using WhisperAspire.Hosting.Dashboard.Security;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Bench.Otlp;

/// <summary>
/// The dashboard as the AppHost builds it (receiver, store holding 100,000 spans, SQLite archive, Blazor pages) around
/// an app model whose resource states the benchmark publishes itself; no PostgreSQL, no child processes.
/// </summary>
internal sealed class BenchDashboard : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly WebApplication[] _apps;
    private readonly string _state;

    private BenchDashboard(ServiceProvider services, WebApplication[] apps, string state)
    {
        _services = services;
        _apps = apps;
        _state = state;
    }

    public static ProjectResource Api { get; } = new("api", new NoProject());

    public DashboardOptions Options => _services.GetRequiredService<DashboardOptions>();

    public DashboardSecrets Secrets => _services.GetRequiredService<DashboardSecrets>();

    public TelemetryStore Store => _services.GetRequiredService<TelemetryStore>();

    public ResourceNotificationService Notifications => _services.GetRequiredService<ResourceNotificationService>();

    public static async Task<BenchDashboard> StartAsync()
    {
        var state = Directory.CreateTempSubdirectory("otlp-bench").FullName;
        var options = new DashboardOptions
        {
            Port = FreePort(), OtlpGrpcPort = FreePort(), OtlpHttpPort = FreePort(),
            Limits = new TelemetryLimits { MaxSpans = 100_000, MaxLogRecords = 100_000, MaxMetricPoints = 100_000 },
        };
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new DistributedApplicationModel([Api]))
            .AddSingleton<ResourceNotificationService>()
            .AddSingleton<ResourceLoggerService>()
            .AddSingleton<ResourceCommandService>()
            .AddSingleton<MigrationJournal>()
            .AddTelemetryPipeline(options, new DashboardSecrets(), Path.Combine(state, "telemetry.db"))
            .BuildServiceProvider();
        services.GetRequiredService<ResourceNotificationService>().Publish(Api, s => s with { State = ResourceState.Running });
        services.GetRequiredService<TelemetryArchiveWriter>().Start();

        WebApplication[] apps = [OtlpReceiver.Build(options, services), DashboardUi.Build(options, services)];
        foreach (var app in apps)
        {
            await app.StartAsync();
        }

        return new BenchDashboard(services, apps, state);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await _services.GetRequiredService<TelemetryArchiveWriter>().StopAsync();
        await _services.DisposeAsync();
        Directory.Delete(_state, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class NoProject : IProjectMetadata
    {
        public string ProjectPath => "/bench/Api.csproj";

        public string AssemblyPath => "/bench/Api.dll";
    }
}
