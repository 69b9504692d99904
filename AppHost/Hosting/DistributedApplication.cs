using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting;

/// <summary>The running app model: start, wait on resources, stop. Disposing stops every process it started.</summary>
public sealed class DistributedApplication(IHost host) : IAsyncDisposable
{
    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public IServiceProvider Services => host.Services;

    public ResourceNotificationService ResourceNotifications => Services.GetRequiredService<ResourceNotificationService>();

    public ResourceLoggerService ResourceLogs => Services.GetRequiredService<ResourceLoggerService>();

    public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => host.StopAsync(cancellationToken);

    /// <summary>Runs until Ctrl+C or SIGTERM, or until a resource that others need cannot start.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default) => host.RunAsync(cancellationToken);

    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}

/// <summary>The resources of the app, in the order they were declared.</summary>
public sealed class DistributedApplicationModel(IReadOnlyList<ApplicationModel.Resource> resources)
{
    public IReadOnlyList<ApplicationModel.Resource> Resources { get; } = resources;
}
