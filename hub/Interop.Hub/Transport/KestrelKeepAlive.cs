using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Transport;

/// <summary>
/// HTTP/2 keep-alive pings on every connection: a member whose machine or network vanished without
/// closing TCP is detected within a minute, so that its inbox stream (possibly stalled behind an
/// unread write) and the stream's resources are released instead of waiting for TCP to give up.
/// </summary>
internal sealed class KestrelKeepAlive : IConfigureOptions<KestrelServerOptions>
{
    /// <summary>Idle time before the hub pings a connection.</summary>
    public static readonly TimeSpan PingDelay = TimeSpan.FromSeconds(30);

    /// <summary>How long the hub waits for the ping's answer before closing the connection.</summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(20);

    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Limits.Http2.KeepAlivePingDelay = PingDelay;
        options.Limits.Http2.KeepAlivePingTimeout = PingTimeout;
    }
}
