using System.Net;
using System.Net.Sockets;

namespace WhisperAspire.DashboardTests.Infrastructure;

internal static class FreePort
{
    /// <summary>A port the OS just handed out on loopback, so a stack under test never collides with anyone else's.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
