using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>
/// Prints every change of state or health, and once everything is up, where to connect. When the stack cannot come
/// up, the announcements (the dashboard's login link) still come, with the first failure: that is when they are
/// needed most. Never prints a secret: resources describe themselves without passwords.
/// </summary>
internal sealed class ConsoleReporter(
    ResourceNotificationService notifications,
    DistributedApplicationModel model,
    IEnumerable<IReadyAnnouncement> announcements,
    ILoggerFactory loggerFactory) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var printed = new Dictionary<Resource, (ResourceState, string?)>();
        var announced = false;
        var failureAnnounced = false;
        try
        {
            await foreach (var (resource, snapshot) in notifications.WatchAsync(stoppingToken))
            {
                var shown = (snapshot.State, snapshot.Health?.ToString().ToLowerInvariant());
                if (printed.TryGetValue(resource, out var last) && last == shown)
                {
                    continue;
                }

                printed[resource] = shown;
                var logger = loggerFactory.CreateLogger(resource.Name);
                logger.Log(IsFailure(snapshot) ? LogLevel.Warning : LogLevel.Information,
                    "{State}{Health}{Detail}", snapshot.State, shown.Item2 is null ? "" : $" ({shown.Item2})", Detail(snapshot));

                if (!announced && model.Resources.All(r => IsUp(notifications.GetSnapshot(r))))
                {
                    announced = true;
                    AnnounceTargets();
                }
                else if (!announced && !failureAnnounced && IsFailure(snapshot))
                {
                    failureAnnounced = true;
                    Announce(loggerFactory.CreateLogger("apphost"));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static bool IsUp(ResourceSnapshot snapshot) => snapshot.IsReady || snapshot.State == ResourceState.Finished;

    private static bool IsFailure(ResourceSnapshot snapshot) =>
        snapshot.State == ResourceState.FailedToStart || (snapshot.State == ResourceState.Exited && snapshot.ExitCode is not 0);

    private static string Detail(ResourceSnapshot snapshot) => snapshot.State switch
    {
        ResourceState.Running when snapshot.ProcessId is { } pid => $"  pid {pid}",
        ResourceState.Finished or ResourceState.Exited when snapshot.ExitCode is { } code => $"  exit code {code}",
        _ => "",
    };

    private void AnnounceTargets()
    {
        var logger = loggerFactory.CreateLogger("apphost");
        foreach (var resource in model.Resources)
        {
            if (resource.Describe() is { } description)
            {
                logger.LogInformation("{Description}", description);
            }
        }

        Announce(logger);
        logger.LogInformation("Everything is up. Press Ctrl+C to stop.");
    }

    private void Announce(ILogger logger)
    {
        foreach (var announcement in announcements)
        {
            logger.LogInformation("{Announcement}", announcement.Text);
        }
    }
}
