using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace WhisperAspire.Bench.Startup;

/// <summary>What a user has to go by: a real query, a health request, a free port. Polled, as nothing announces readiness.</summary>
internal static class Probes
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Until SELECT 1 answers. The connection string is asked for on each try: it is null until the password is known.</summary>
    public static async Task WaitForSelectOneAsync(Func<string?> connectionString, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (connectionString() is { } server)
            {
                try
                {
                    await using var connection = new NpgsqlConnection(server);
                    await connection.OpenAsync(cancellationToken);
                    await using var command = new NpgsqlCommand("SELECT 1", connection);
                    await command.ExecuteScalarAsync(cancellationToken);
                    return;
                }
                catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    // Nothing listens yet, or the server is still starting (57P03).
                }
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }

    /// <summary>Until GET /health answers 200. Each request has its own timeout: DCP's proxy accepts before the Api listens.</summary>
    public static async Task WaitForHealthAsync(int apiPort, Action<string> lastAnswer, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var health = new Uri($"http://127.0.0.1:{apiPort}/health");
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(health, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastAnswer($"HTTP {(int)response.StatusCode}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                lastAnswer(ex.Message); // refused, reset by the proxy, or the per-request timeout
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }

    public static string ServerConnectionString(int port, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = "postgres",
        Password = password,
        Pooling = false,
        Timeout = 2,
    }.ConnectionString;

    /// <summary>A port nothing listens on now, from the ephemeral range (never a developer's fixed 5433, 5080 or 18888-18890).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
