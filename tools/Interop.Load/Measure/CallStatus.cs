using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Interop.Load.Measure;

/// <summary>How a call ended: its gRPC code and, from the grpc-status-details-bin trailer, its ErrorInfo reason and whether it carried a RetryInfo.</summary>
internal readonly record struct CallStatus(StatusCode Code, string Reason, bool HasRetryInfo)
{
    private const string DetailsTrailer = "grpc-status-details-bin";

    public static readonly CallStatus Ok = new(StatusCode.OK, "", false);

    public bool IsOk => Code == StatusCode.OK;

    /// <summary>RESOURCE_EXHAUSTED or UNAVAILABLE: the hub's answers to overload.</summary>
    public bool IsRefusal => Code is StatusCode.ResourceExhausted or StatusCode.Unavailable;

    /// <summary>How long a worker waits after a refusal before it sends again, as a member does: the least RetryInfo the hub gives.</summary>
    public static readonly TimeSpan RefusalPause = TimeSpan.FromMilliseconds(100);

    public static CallStatus Of(RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = "";
        var retry = false;
        if (error.Trailers.GetValueBytes(DetailsTrailer) is { } bytes)
        {
            try
            {
                foreach (var detail in Status.Parser.ParseFrom(bytes).Details)
                {
                    if (detail.TryUnpack<ErrorInfo>(out var info))
                    {
                        reason = info.Reason;
                    }
                    else if (detail.Is(RetryInfo.Descriptor))
                    {
                        retry = true;
                    }
                }
            }
            catch (Google.Protobuf.InvalidProtocolBufferException)
            {
                reason = "UNREADABLE_STATUS_DETAILS";
            }
        }

        return new CallStatus(error.StatusCode, reason, retry);
    }

    /// <summary>The code in the upper snake case of the gRPC specification (RESOURCE_EXHAUSTED).</summary>
    public static string Name(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.PermissionDenied => "PERMISSION_DENIED",
        StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        StatusCode.OutOfRange => "OUT_OF_RANGE",
        StatusCode.Unimplemented => "UNIMPLEMENTED",
        StatusCode.DataLoss => "DATA_LOSS",
        _ => code.ToString().ToUpperInvariant(),
    };
}
