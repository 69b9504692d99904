using Npgsql;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using WhisperAspire.Hosting.Orchestration;

namespace WhisperAspire.Hosting.Postgres;

/// <summary>Ready means a real <c>SELECT 1</c> answers: not a port that accepts, not a pid file that exists.</summary>
internal static class PostgresReadiness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task WaitAsync(string connectionString, Task serverExited, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 2 }.ConnectionString;
        var pipeline = new ResiliencePipelineBuilder()
            .AddTimeout(Timeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(IsNotReadyYet),
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.FromMilliseconds(50),
                MaxRetryAttempts = int.MaxValue,
                UseJitter = false,
            })
            .Build();

        using var exited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _ = serverExited.ContinueWith(_ => exited.Cancel(), TaskScheduler.Default);
        try
        {
            await pipeline.ExecuteAsync(async token => await SelectOneAsync(probe, token), exited.Token);
        }
        catch (TimeoutRejectedException)
        {
            throw new ResourceStartException($"PostgreSQL did not answer SELECT 1 within {Timeout.TotalSeconds:0} s.");
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidPassword)
        {
            throw new ResourceStartException(
                "PostgreSQL rejected the password of user postgres: the data directory was initialised with another password. " +
                "Set Postgres:Password to that password, or point Postgres:DataDirectory at a new folder (nothing is deleted automatically).", ex);
        }
    }

    public static async Task SelectOneAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    // Connection refused, or the server says it is still starting up (57P03): try again. Anything else is an answer.
    private static bool IsNotReadyYet(NpgsqlException ex) =>
        ex is not PostgresException || ((PostgresException)ex).SqlState == PostgresErrorCodes.CannotConnectNow;
}
