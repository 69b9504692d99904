using Npgsql;

namespace WhisperAspire.Bench.Api;

/// <summary>
/// Database round trips per request, counted by PostgreSQL itself: every statement the Api sends outside an explicit
/// transaction commits one, so the growth of <c>pg_stat_database.xact_commit</c> over N sequential requests, divided by
/// N, is the statements (round trips) per request. Backends report their counters when idle, hence the wait.
/// </summary>
internal static class RoundTrips
{
    private static readonly TimeSpan StatsFlush = TimeSpan.FromSeconds(11);

    public static async Task<double> PerRequestAsync(string connectionString, int requests, Func<Task> request)
    {
        // What commits anyway over the same span (the AppHost's health probes, the readings themselves) is subtracted.
        var idle = await CommitsOverAsync(connectionString, () => Task.CompletedTask);
        var busy = await CommitsOverAsync(connectionString, async () =>
        {
            for (var i = 0; i < requests; i++)
            {
                await request();
            }
        });
        return (busy - idle) / (double)requests;
    }

    private static async Task<long> CommitsOverAsync(string connectionString, Func<Task> work)
    {
        var before = await CommitsAsync(connectionString);
        await work();
        return await CommitsAsync(connectionString) - before;
    }

    private static async Task<long> CommitsAsync(string connectionString)
    {
        await Task.Delay(StatsFlush);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_stat_clear_snapshot(); SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }
}
