using System.Net;
using System.Net.Sockets;

namespace Interop.Bench.Hosts;

/// <summary>A loopback port no one listens on now, for a child server's --urls.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
