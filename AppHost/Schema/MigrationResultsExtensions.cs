using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WhisperAspire.AppHost.Schema;

public static class MigrationResultsExtensions
{
    /// <summary>
    /// Once the MigrationService has finished, its resource shows the result as properties in the dashboard: the schema
    /// version (the last applied step), steps applied by this run, steps recorded in all, and steps still pending.
    /// Each step's own log line and span come from the MigrationService itself.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithMigrationResults(this IResourceBuilder<ProjectResource> migrations,
        IResourceBuilder<IResourceWithConnectionString> database) =>
        migrations.OnResourceStopped(async (resource, @event, cancellationToken) =>
        {
            var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
            var started = notifications.TryGetCurrentState(resource.Name, out var current) ? current.Snapshot.StartTimeStamp : null;
            try
            {
                var status = await SchemaStatusReader.ReadAsync(database.Resource, cancellationToken);
                var appliedThisRun = started is { } since ? status.Journal.Count(e => e.AppliedAt >= since) : 0;
                var pending = status.Plan.ToApply.Count + status.Plan.ToRecord.Count;
                await notifications.PublishUpdateAsync(resource, s => s with
                {
                    Properties = WithResult(s.Properties,
                        ("schema.version", status.Journal.Count > 0 ? status.Journal[^1].Step : "(empty)"),
                        ("schema.applied", appliedThisRun),
                        ("schema.steps", status.Journal.Count),
                        ("schema.pending", pending),
                        ("schema.refusals", status.Plan.Refusals.Count)),
                });
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
            {
                @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource)
                    .LogWarning("Could not read the schema journal for the dashboard: {Reason}", ex.Message);
            }
        });

    private static ImmutableArray<ResourcePropertySnapshot> WithResult(ImmutableArray<ResourcePropertySnapshot> properties, params (string Name, object Value)[] result) =>
        [.. properties.Where(p => !result.Any(r => r.Name == p.Name)), .. result.Select(r => new ResourcePropertySnapshot(r.Name, r.Value))];
}
