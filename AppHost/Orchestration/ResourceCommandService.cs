using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>
/// Stop, start and restart of one project resource on request (the dashboard's actions), through the same runner
/// that started it, so states, logs and health probes behave exactly as at startup.
/// </summary>
internal sealed class ResourceCommandService(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    IEnumerable<IResourceRunner> runners,
    TimeProvider time)
{
    public static bool Supports(Resource resource) => resource is ProjectResource;

    public static bool CanStop(Resource resource, ResourceSnapshot snapshot) =>
        Supports(resource) && snapshot.State == ResourceState.Running;

    public static bool CanStart(Resource resource, ResourceSnapshot snapshot) =>
        Supports(resource) && snapshot.IsTerminal;

    /// <summary>Stops the process and returns once its exit has been published.</summary>
    public async Task StopAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        var resource = Project(resourceName);
        var snapshot = notifications.GetSnapshot(resource);
        if (!CanStop(resource, snapshot))
        {
            throw new InvalidOperationException($"{resource.Name} is {snapshot.State}; only a running project can be stopped.");
        }

        await Runner(resource).StopAsync(resource, cancellationToken);
        await notifications.WaitForAsync(resource.Name, s => s.IsTerminal, cancellationToken);
    }

    public async Task StartAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        var resource = Project(resourceName);
        var snapshot = notifications.GetSnapshot(resource);
        if (!CanStart(resource, snapshot))
        {
            throw new InvalidOperationException($"{resource.Name} is {snapshot.State}; only a stopped project can be started.");
        }

        notifications.Publish(resource, s => s with { State = ResourceState.Starting, ExitCode = null, StoppedAt = null, Message = null });
        try
        {
            await Runner(resource).StartAsync(resource, cancellationToken);
        }
        catch (ResourceStartException ex)
        {
            notifications.Publish(resource, s => s with { State = ResourceState.FailedToStart, Message = ex.Message, StoppedAt = time.GetUtcNow() });
            throw;
        }
    }

    public async Task RestartAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        var resource = Project(resourceName);
        if (notifications.GetSnapshot(resource).State == ResourceState.Running)
        {
            await StopAsync(resourceName, cancellationToken);
        }

        await StartAsync(resourceName, cancellationToken);
    }

    private Resource Project(string name) =>
        model.Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase) && Supports(r))
        ?? throw new InvalidOperationException($"There is no project resource named '{name}'.");

    private IResourceRunner Runner(Resource resource) => runners.First(r => r.CanRun(resource));
}
