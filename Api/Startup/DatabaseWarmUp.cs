using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Startup;

/// <summary>
/// Opens the first database connection while the web server is still starting, instead of inside the first request:
/// EF's model and services, Npgsql's data source and the SCRAM handshake otherwise all wait for the first /health
/// probe, which the AppHost's health check (and so everything waiting for the Api) is waiting on. It never delays the
/// start, and a database that does not answer yet is the health check's to report: a failure here is logged at debug.
/// </summary>
internal sealed class DatabaseWarmUp(IServiceScopeFactory scopes, ILogger<DatabaseWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => WarmUpAsync(cancellationToken), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WhisperEngineDbContext>().Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "The database warm-up did not connect; the health check will report the database's state.");
        }
    }
}
