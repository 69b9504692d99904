using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>
/// Starts every resource as soon as what it waits for holds, and stops them all in reverse order.
/// A resource that others wait for and that cannot start ends the AppHost with exit code 1: nothing can proceed.
/// </summary>
internal sealed class ApplicationOrchestrator(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceLoggerService logs,
    IEnumerable<IResourceRunner> runners,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<ApplicationOrchestrator> logger) : IHostedService
{
    private const int FailureTailLines = 20;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _starts = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A service started before this one (the dashboard) may have failed and asked the AppHost to stop.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return Task.CompletedTask;
        }

        foreach (var resource in model.Resources)
        {
            notifications.Publish(resource, _ => new ResourceSnapshot());
        }

        foreach (var resource in model.Resources)
        {
            _starts.Add(Task.Run(() => StartResourceAsync(resource, _stopping.Token), CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_starts);

        // Dependants are declared after what they depend on, so reverse declaration order stops them first.
        foreach (var resource in model.Resources.Reverse())
        {
            try
            {
                await RunnerFor(resource).StopAsync(resource, cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Stopping {Resource} failed: {Reason}", resource.Name, ex.Message);
            }
        }
    }

    private async Task StartResourceAsync(Resource resource, CancellationToken cancellationToken)
    {
        try
        {
            if (resource.Waits.Count > 0)
            {
                notifications.Publish(resource, s => s with { State = ResourceState.Waiting });
                foreach (var wait in resource.Waits)
                {
                    await WaitAsync(resource, wait, cancellationToken);
                }
            }

            notifications.Publish(resource, s => s with { State = ResourceState.Starting });
            await RunnerFor(resource).StartAsync(resource, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The AppHost is stopping; the resource simply never started.
        }
        catch (Exception ex)
        {
            var reason = ex is ResourceStartException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            var fatal = !lifetime.ApplicationStopping.IsCancellationRequested &&
                model.Resources.Any(r => r.Waits.Any(w => w.Dependency == resource && w.Type == WaitType.UntilHealthy));
            if (fatal)
            {
                // Decided before the state is published, so whoever sees FailedToStart also sees the AppHost stopping.
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }

            notifications.Publish(resource, s => s with { State = ResourceState.FailedToStart, Message = reason, StoppedAt = time.GetUtcNow() });
            logger.LogError("{Resource} failed to start: {Reason}", resource.Name, reason);
            if (ex is not ResourceStartException)
            {
                logger.LogDebug(ex, "Unexpected failure starting {Resource}", resource.Name);
            }

            if (fatal)
            {
                logger.LogError("Stopping: the resources that need {Resource} cannot run without it.", resource.Name);
            }
        }
    }

    private async Task WaitAsync(Resource resource, WaitAnnotation wait, CancellationToken cancellationToken)
    {
        var dependency = wait.Dependency;
        if (wait.Type == WaitType.UntilHealthy)
        {
            var snapshot = await notifications.WaitForResourceHealthyAsync(dependency.Name, cancellationToken);
            if (!snapshot.IsReady)
            {
                throw new ResourceStartException($"{resource.Name} did not start: it waits for {dependency.Name}, which is {snapshot.State}.");
            }

            return;
        }

        var completed = await notifications.WaitForAsync(dependency.Name, s => s.IsTerminal, cancellationToken);
        if (completed.State != ResourceState.Finished || completed.ExitCode != 0)
        {
            var outcome = completed.ExitCode is { } code ? $"exited with code {code}" : completed.State.ToString();
            var tail = logs.Tail(dependency, FailureTailLines);
            var lastLines = tail.Count == 0 ? "" : $"{Environment.NewLine}Last output of {dependency.Name}:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", tail);
            throw new ResourceStartException(
                $"{resource.Name} did not start: it waits for {dependency.Name} to complete successfully, and {dependency.Name} {outcome}.{lastLines}");
        }
    }

    private IResourceRunner RunnerFor(Resource resource) =>
        runners.FirstOrDefault(r => r.CanRun(resource))
        ?? throw new InvalidOperationException($"No runner knows how to run {resource.Kind} resource '{resource.Name}'.");
}
