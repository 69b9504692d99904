using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

/// <summary>
/// Healthy means a real SELECT 1 answers: not a port that accepts, not a pid file that exists. A server that is still
/// starting (connection refused, 57P03) is waited for here, briefly: Aspire backs off for seconds between failed checks,
/// and a freshly started PostgreSQL needs a fraction of one. A rejected password is not a transient state, so it is
/// reported once with the way out instead of being retried for ever.
/// </summary>
internal sealed class PostgresHealthCheck(IResourceWithConnectionString resource, Action<string>? onWrongPassword) : IHealthCheck
{
    private static readonly TimeSpan StartingPatience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(50);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var giveUp = DateTime.UtcNow + StartingPatience;
        while (true)
        {
            var result = await CheckOnceAsync(cancellationToken);
            if (result.Status == HealthStatus.Healthy || result.Exception is not NpgsqlException { IsTransient: true } || DateTime.UtcNow > giveUp)
            {
                return result;
            }

            await Task.Delay(RetryInterval, cancellationToken); // a starting server says nothing when it is ready
        }
    }

    private async Task<HealthCheckResult> CheckOnceAsync(CancellationToken cancellationToken)
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
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer yet: {ex.Message}", ex);
        }
    }
}
