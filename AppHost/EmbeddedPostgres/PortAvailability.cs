using System.Net;
using System.Net.Sockets;

namespace WhisperAspire.Hosting.EmbeddedPostgres;

internal static class PortAvailability
{
    /// <summary>Fails with the way out when something already listens on the port, rather than with PostgreSQL's bind error.</summary>
    public static void EnsureFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new EmbeddedPostgresException(
                $"Port {port} on 127.0.0.1 is already in use, so PostgreSQL cannot listen on it. Stop what holds it " +
                $"(ss -ltnp 'sport = :{port}' names it) or choose another port: --Postgres:Port={port + 1} on the command line, " +
                $"the environment variable Postgres__Port={port + 1}, or \"Postgres\": {{ \"Port\": {port + 1} }} in AppHost/appsettings.json.");
        }
    }
}
