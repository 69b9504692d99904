using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;
using WhisperAspire.Hosting;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Dashboard;
using WhisperAspire.Hosting.Dashboard.Components;
using WhisperAspire.Hosting.Dashboard.Journal;
using WhisperAspire.Hosting.Dashboard.Security;
using WhisperAspire.Hosting.Dashboard.Storage;
using WhisperAspire.Hosting.Orchestration;
using WhisperAspire.IntegrationTests.Infrastructure;

namespace WhisperAspire.DashboardTests.Infrastructure;

/// <summary>
/// bUnit with the services the pages inject, built the way the AppHost builds them, around a small app model
/// (a database and two projects) whose states the test publishes itself.
/// </summary>
public sealed class DashboardComponentContext : BunitContext
{
    private readonly string _state = TestDirectories.Create("components");
    private readonly ServiceProvider _appHost;

    public DashboardComponentContext()
    {
        Api.Endpoint = new HttpEndpoint(5999);
        _appHost = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new DistributedApplicationModel([Database, Migrations, Api]))
            .AddSingleton<ResourceNotificationService>()
            .AddSingleton<ResourceLoggerService>()
            .AddSingleton<ResourceCommandService>()
            .AddSingleton<IResourceRunner>(Runner)
            .AddSingleton<MigrationJournal>()
            .AddTelemetryPipeline(new DashboardOptions { Limits = new TelemetryLimits { MaxSpans = 5 } }, new DashboardSecrets(), Path.Combine(_state, "telemetry.db"))
            .BuildServiceProvider();
        _appHost.GetRequiredService<TelemetryArchiveWriter>().Start();
        Services.AddFluentUIComponents();
        Services.AddDashboardPageServices(_appHost);
        JSInterop.Mode = JSRuntimeMode.Loose;
        // As in the browser once the circuit is connected; a test of the prerendered page sets it back.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public static ProjectResource Migrations { get; } = new("migrations", new Metadata());

    public ProjectResource Api { get; } = new("api", new Metadata());

    public Resource Database { get; } = new ProjectResource("whisperengine", new Metadata());

    public RecordingRunner Runner { get; } = new();

    public ResourceNotificationService Notifications => _appHost.GetRequiredService<ResourceNotificationService>();

    public TelemetryStore Store => _appHost.GetRequiredService<TelemetryStore>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _appHost.GetRequiredService<TelemetryArchiveWriter>().StopAsync().GetAwaiter().GetResult();
            _appHost.Dispose();
            TestDirectories.Delete(_state);
        }
    }

    public sealed class Metadata : IProjectMetadata
    {
        public string ProjectPath => "/src/Project/Project.csproj";

        public string AssemblyPath => "/src/Project/bin/Project.dll";
    }

    /// <summary>Stands in for the process runner: records the commands and publishes what a real stop would.</summary>
    public sealed class RecordingRunner : IResourceRunner
    {
        public List<string> Commands { get; } = [];

        public ResourceNotificationService? Notifications { get; set; }

        public bool CanRun(Resource resource) => true;

        public Task StartAsync(Resource resource, CancellationToken cancellationToken)
        {
            Commands.Add($"start {resource.Name}");
            Notifications?.Publish(resource, s => s with { State = ResourceState.Running });
            return Task.CompletedTask;
        }

        public Task StopAsync(Resource resource, CancellationToken cancellationToken)
        {
            Commands.Add($"stop {resource.Name}");
            Notifications?.Publish(resource, s => s with { State = ResourceState.Finished, ExitCode = 0 });
            return Task.CompletedTask;
        }
    }
}
