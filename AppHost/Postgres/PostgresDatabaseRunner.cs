using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using WhisperAspire.Hosting.ApplicationModel;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Postgres;

/// <summary>Creates the database when it is missing (never drops or alters one), then reports it healthy.</summary>
internal sealed class PostgresDatabaseRunner(ResourceNotificationService notifications, TimeProvider time) : IResourceRunner
{
    public bool CanRun(Resource resource) => resource is PostgresDatabaseResource;

    public async Task StartAsync(Resource resource, CancellationToken cancellationToken)
    {
        var database = (PostgresDatabaseResource)resource;
        await using (var connection = new NpgsqlConnection(database.Server.GetConnectionString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = database.DatabaseName } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var quoted = "\"" + database.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await PostgresReadiness.SelectOneAsync(database.GetConnectionString(), cancellationToken);
        notifications.Publish(database, s => s with { State = ResourceState.Running, Health = HealthStatus.Healthy, StartedAt = time.GetUtcNow() });
    }

    public Task StopAsync(Resource resource, CancellationToken cancellationToken)
    {
        notifications.Publish(resource, s => s.State == ResourceState.Running
            ? s with { State = ResourceState.Finished, Health = null, StoppedAt = time.GetUtcNow() }
            : s);
        return Task.CompletedTask;
    }
}
