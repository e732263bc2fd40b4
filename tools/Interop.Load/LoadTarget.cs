using Grpc.Core;
using Grpc.Net.Client;

namespace Interop.Load;

/// <summary>
/// The host under load (the hub or the echo server), reached over h2c on loopback. Each channel may
/// open more HTTP/2 connections when one's stream limit is reached, so a high concurrency reaches the
/// server instead of queueing in the client.
/// </summary>
internal sealed class LoadTarget(Uri address)
{
    /// <summary>The hub's development token of the desk system member-igate-gialai (desk 001.01.21.H21).</summary>
    public const string DeskToken = "dev-igate-gialai";

    /// <summary>The land office member-vbdlis-gialai (000.12.21.H21).</summary>
    public const string LandOfficeToken = "dev-vbdlis-gialai";

    /// <summary>The provincial portal member-portal-gialai (the desks and the provincial centre).</summary>
    public const string PortalToken = "dev-portal-gialai";

    public Uri Address { get; } = address;

    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    public GrpcChannel OpenChannel() => GrpcChannel.ForAddress(Address, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            InitialHttp2StreamWindowSize = 1024 * 1024,
        },
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    public GrpcChannel[] OpenChannels(int count) => [.. Enumerable.Range(0, count).Select(_ => OpenChannel())];
}
