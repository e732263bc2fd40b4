using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Interop.Protos.Error.V1;

namespace Interop.Hub.Errors;

/// <summary>Builds the google.rpc.Status of the standard: exactly one ErrorInfo, and BadRequest for bad input.</summary>
public static class ErrorDetails
{
    /// <summary>The ErrorInfo domain of every error of the hub.</summary>
    public const string Domain = "interop.hub";

    /// <summary>The reason's wire name: the enum value's name without its prefix.</summary>
    public static string ReasonName(ErrorReason reason)
        => ErrorReasonReflection.Descriptor.EnumTypes[0].FindValueByNumber((int)reason).Name["ERROR_REASON_".Length..];

    public static RpcException ToRpcException(HubException error) => ToStatus(error).ToRpcException();

    /// <summary>The google.rpc.Status an error answers with.</summary>
    public static Google.Rpc.Status ToStatus(HubException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var info = new ErrorInfo { Domain = Domain, Reason = ReasonName(error.Reason) };
        foreach (var (key, value) in error.Metadata)
        {
            info.Metadata[key] = value;
        }

        var status = new Google.Rpc.Status { Code = (int)error.Code, Message = error.Message, Details = { Any.Pack(info) } };
        if (error.Violations.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.Add(error.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
            status.Details.Add(Any.Pack(badRequest));
        }

        if (error.RetryDelay is { } delay)
        {
            // Whole milliseconds, rounded up: a client that waits this long is let in.
            var milliseconds = (long)Math.Ceiling(Math.Max(delay.TotalMilliseconds, 1));
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(milliseconds)) }));
        }

        return status;
    }

    public static RpcException Internal()
        => ToRpcException(new HubException(StatusCode.Internal, ErrorReason.Internal, "internal error; the hub logged it"));
}
