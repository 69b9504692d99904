using System.Diagnostics;
using Microsoft.Extensions.Options;
using WhisperAspire.MigrationService.Migrating;

namespace WhisperAspire.MigrationService;

/// <summary>
/// Applies the schema once (or, with --plan, only reports what it would apply) and stops the process: exit code 0
/// when the database is current, 1 otherwise. The AppHost starts the Api only after this worker has exited with 0.
/// </summary>
public sealed class MigrationWorker(
    IServiceProvider services,
    IOptions<MigrationOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<MigrationWorker> logger) : BackgroundService
{
    public const string ActivitySourceName = "WhisperAspire.Migrations";
    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var plan = options.Value.Plan;
        using var activity = ActivitySource.StartActivity(plan ? "Planning database migration" : "Migrating database", ActivityKind.Client);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
            var accepted = plan ? await migrator.PlanAsync(stoppingToken) : await migrator.ApplyAsync(stoppingToken);
            if (!accepted)
            {
                activity?.SetStatus(ActivityStatusCode.Error, "Refused");
                Environment.ExitCode = 1;
            }
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
