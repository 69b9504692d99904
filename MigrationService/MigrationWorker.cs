using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WhisperAspire.Data;

namespace WhisperAspire.MigrationService;

/// <summary>
/// Applies the schema once and stops the process: exit code 0 when the database is current, 1 otherwise.
/// The AppHost starts the Api only after this worker has exited with 0.
/// </summary>
public sealed class MigrationWorker(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<MigrationWorker> logger) : BackgroundService
{
    public const string ActivitySourceName = "WhisperAspire.Migrations";
    private static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var activity = ActivitySource.StartActivity("Migrating database", ActivityKind.Client);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WhisperEngineDbContext>();
            await db.Database.MigrateAsync(stoppingToken);
            logger.LogInformation("The database is up to date.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            activity?.AddException(ex);
            activity?.SetStatus(ActivityStatusCode.Error);
            logger.LogError(ex, "Migrating the database failed: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
