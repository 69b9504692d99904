using System.Net;
using System.Net.Sockets;

namespace WhisperAspire.IntegrationTests.Infrastructure;

internal static class FreePort
{
    /// <summary>A port the OS just handed out on loopback, so stacks under test never collide with a developer's 5433.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
