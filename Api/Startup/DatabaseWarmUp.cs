using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.Api.Startup;

/// <summary>
/// Opens the first database connection while the web server is still starting, instead of inside the first request:
/// EF's model and services, Npgsql's data source and the SCRAM handshake otherwise all wait for the first /health
/// probe, which the AppHost's health check (and so everything waiting for the Api) is waiting on. A BackgroundService
/// runs off the start path, so it never delays the start; a database that does not answer yet is the health check's to
/// report, so a failure here is logged at debug level only.
/// </summary>
internal sealed class DatabaseWarmUp(IServiceScopeFactory scopes, ILogger<DatabaseWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WhisperEngineDbContext>().Database.CanConnectAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "The database warm-up did not connect; the health check will report the database's state.");
        }
    }
}
