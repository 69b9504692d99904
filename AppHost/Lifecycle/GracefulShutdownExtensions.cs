using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhisperAspire.Hosting.EmbeddedPostgres;

namespace WhisperAspire.AppHost.Lifecycle;

public static class GracefulShutdownExtensions
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    // The process DCP started (the service's own executable, see BuiltOutputLaunchExtensions), as the dashboard shows it.
    private const string ExecutablePidProperty = "executable.pid";

    /// <summary>
    /// When the AppHost stops (Ctrl+C, SIGTERM), the service gets its SIGTERM from the AppHost and a few seconds to
    /// exit, before the AppHost lets DCP go on. Left to DCP, the SIGTERM comes together with the dashboard's: the
    /// service's last telemetry export then retries against a dashboard that is gone, and DCP kills it after its 6 s
    /// grace (seen: the Api killed at 6.4 s, instead of gone within half a second).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGracefulShutdown(this IResourceBuilder<ProjectResource> project)
    {
        project.ApplicationBuilder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            @event.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(
                () => Terminate(notifications, project.Resource.Name));
            return Task.CompletedTask;
        });
        return project;
    }

    private static void Terminate(ResourceNotificationService notifications, string resourceName)
    {
        // Only a running service: once it has ended (the migrations do), its number may be another process's.
        if (!notifications.TryGetCurrentState(resourceName, out var current)
            || current.Snapshot.State?.Text != KnownResourceStates.Running
            || current.Snapshot.Properties.FirstOrDefault(p => p.Name == ExecutablePidProperty)?.Value is not { } value)
        {
            return;
        }

        var pid = Convert.ToInt32(value, CultureInfo.InvariantCulture);

        PosixSignals.Send(pid, PosixSignals.SigTerm);
        var deadline = DateTime.UtcNow + Grace;
        while (IsRunning(pid) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20); // another process's exit has no event to wait on
        }
    }

    // A zombie has exited: only its parent's wait is missing.
    private static bool IsRunning(int processId) =>
        File.Exists($"/proc/{processId}/stat") && !File.ReadAllText($"/proc/{processId}/stat").Split(") ")[^1].StartsWith('Z');
}
