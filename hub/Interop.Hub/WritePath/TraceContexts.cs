using Grpc.Core;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.WritePath;

/// <summary>The W3C trace context a call carries, recorded in its event's envelope.</summary>
internal static class TraceContexts
{
    public static TraceContext Of(ServerCallContext call) => new()
    {
        Traceparent = call.RequestHeaders.GetValue("traceparent") ?? "",
        Tracestate = call.RequestHeaders.GetValue("tracestate") ?? "",
    };
}
