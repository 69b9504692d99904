using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// Healthy means a real SELECT 1 answers: not a port that accepts, not a pid file that exists. A rejected password
/// is not a transient state, so it is reported once with the way out instead of being retried for ever.
/// </summary>
internal sealed class PostgresHealthCheck(IResourceWithConnectionString resource, Action<string>? onWrongPassword) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await resource.ConnectionStringExpression.GetValueAsync(cancellationToken))
        {
            Pooling = false,
            Timeout = 2,
        }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidPassword)
        {
            const string message = "PostgreSQL rejected the password of user postgres: the data directory was initialised with another password. " +
                "Set Postgres:Password to that password, or point Postgres:DataDirectory at a new folder (nothing is deleted automatically).";
            onWrongPassword?.Invoke(message);
            return HealthCheckResult.Unhealthy(message);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer yet: {ex.Message}");
        }
    }
}
