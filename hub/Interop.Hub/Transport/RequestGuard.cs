using Google.Protobuf;
using Grpc.Core;
using Interop.Hub.Errors;
using Interop.Protos.Error.V1;

namespace Interop.Hub.Transport;

/// <summary>Checks a request's size and parse before the service sees it, and answers with the standard's errors.</summary>
internal sealed class RequestGuard(int maxBytes, HubMetrics metrics)
{
    public Marshaller<T> Wrap<T>(Marshaller<T> inner)
        => new(inner.ContextualSerializer, context =>
        {
            if (context.PayloadLength > maxBytes)
            {
                metrics.Malformed("too_large");
                throw ErrorDetails.ToRpcException(new HubException(StatusCode.ResourceExhausted, ErrorReason.MessageTooLarge, $"the request is {context.PayloadLength} bytes; the limit is {maxBytes}"));
            }

            try
            {
                return inner.ContextualDeserializer(context);
            }
            catch (InvalidProtocolBufferException)
            {
                metrics.Malformed("unparseable");
                throw ErrorDetails.ToRpcException(new HubException(StatusCode.InvalidArgument, ErrorReason.RequestMalformed, "the request is not a valid protobuf message of this method's type"));
            }
        });
}
