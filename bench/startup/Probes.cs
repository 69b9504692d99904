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

    /// <summary>
    /// Until GET /health answers 200. DCP's proxy accepts at once and holds a request while the Api is not up, so a
    /// new request goes out every 100 ms whatever the earlier ones are doing (each with its own 1 s timeout), and the
    /// first 200 ends the wait: a held request cannot delay the mark by more than the interval.
    /// </summary>
    public static async Task WaitForHealthAsync(int apiPort, Action<string> lastAnswer, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = new List<Task>();
        try
        {
            while (!healthy.Task.IsCompleted)
            {
                requests.Add(AskAsync(client, new Uri($"http://127.0.0.1:{apiPort}/health"), healthy, lastAnswer, done.Token));
                await Task.WhenAny(healthy.Task, Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            await done.CancelAsync();
            await Task.WhenAll(requests); // each one handles its own outcome
        }
    }

    private static async Task AskAsync(HttpClient client, Uri health, TaskCompletionSource healthy, Action<string> lastAnswer, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(health, cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                healthy.TrySetResult();
                return;
            }

            lastAnswer($"HTTP {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                lastAnswer(ex.Message); // refused, reset by the proxy, or the per-request timeout
            }
        }
    }

    /// <summary>With the password the AppHost generated into the state folder's secrets, once it is there (else null).</summary>
    public static string? StackConnectionString(string state, int port)
    {
        var passwordFile = Path.Combine(state, "secrets", "postgres-password");
        var password = File.Exists(passwordFile) ? File.ReadAllText(passwordFile).Trim() : "";
        return password.Length > 0 ? ServerConnectionString(port, password) : null;
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
