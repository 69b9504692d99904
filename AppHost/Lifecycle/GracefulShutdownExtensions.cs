using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WhisperAspire.AppHost.Lifecycle;

public static class GracefulShutdownExtensions
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    // The process DCP started (here: dotnet run), as the dashboard shows it.
    private const string ExecutablePidProperty = "executable.pid";

    /// <summary>
    /// DCP runs a project as <c>dotnet run --no-build</c> and stops it with SIGTERM, which <c>dotnet run</c> does not pass
    /// on to the service it started: the service would be killed only after DCP's 6 s grace. So when the AppHost stops,
    /// the service itself (the child of <c>dotnet run</c>) gets the SIGTERM and a few seconds to finish its requests;
    /// <c>dotnet run</c> then exits with it.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGracefulShutdown(this IResourceBuilder<ProjectResource> project)
    {
        project.ApplicationBuilder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            @event.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(
                () => TerminateService(notifications, project.Resource.Name));
            return Task.CompletedTask;
        });
        return project;
    }

    /// <summary>SIGTERM to the service under a project's dotnet run, and a few seconds for it to exit.</summary>
    internal static void TerminateService(ResourceNotificationService notifications, string resourceName)
    {
        if (notifications.TryGetCurrentState(resourceName, out var current)
            && current.Snapshot.Properties.FirstOrDefault(p => p.Name == ExecutablePidProperty)?.Value is { } pid)
        {
            ProcessTree.Terminate(ProcessTree.Children(Convert.ToInt32(pid, CultureInfo.InvariantCulture)), Grace);
        }
    }
}
