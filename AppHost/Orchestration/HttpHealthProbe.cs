using Microsoft.Extensions.Diagnostics.HealthChecks;
using WhisperAspire.Hosting.ApplicationModel;

namespace WhisperAspire.Hosting.Orchestration;

/// <summary>Probes a project's health endpoint: often until it first answers 200, then every few seconds while it runs.</summary>
internal sealed class HttpHealthProbe(ResourceNotificationService notifications)
{
    private static readonly TimeSpan UntilHealthyInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan WhileHealthyInterval = TimeSpan.FromSeconds(5);
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(5) };

    public async Task MonitorAsync(Resource resource, Uri healthUri, Task processExited)
    {
        while (!processExited.IsCompleted)
        {
            var health = await ProbeAsync(healthUri);
            if (processExited.IsCompleted)
            {
                return;
            }

            notifications.Publish(resource, s => s.Health == health || s.IsTerminal ? s : s with { Health = health });
            var interval = health == HealthStatus.Healthy ? WhileHealthyInterval : UntilHealthyInterval;
            await Task.WhenAny(processExited, Task.Delay(interval));
        }
    }

    private static async Task<HealthStatus> ProbeAsync(Uri healthUri)
    {
        try
        {
            using var response = await Client.GetAsync(healthUri);
            return response.IsSuccessStatusCode ? HealthStatus.Healthy : HealthStatus.Unhealthy;
        }
        catch (HttpRequestException)
        {
            return HealthStatus.Unhealthy;
        }
        catch (TaskCanceledException)
        {
            return HealthStatus.Unhealthy;
        }
    }
}
