using System.Net;
using System.Net.Sockets;
using Grpc.Core;

namespace Interop.Hub.Lookup;

/// <summary>The client address a look-up is counted against: IPv4 as is, IPv6 by its /64 (one subscriber's prefix).</summary>
internal static class ClientAddress
{
    public static string Of(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.GetHttpContext().Connection.RemoteIpAddress;
        if (address is null)
        {
            return context.Peer ?? "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
