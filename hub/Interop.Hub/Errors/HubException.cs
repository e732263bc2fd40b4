using Grpc.Core;
using Interop.Domain.Decisions;
using Interop.Protos.Error.V1;

namespace Interop.Hub.Errors;

/// <summary>
/// The one exception the hub throws for a caller-visible failure: a status code, a reason of the
/// standard, a message without personal data, and for bad input the violated fields.
/// <see cref="ErrorInterceptor"/> turns it into google.rpc.Status.
/// </summary>
public sealed class HubException : Exception
{
    public HubException(StatusCode code, ErrorReason reason, string message, IReadOnlyList<FieldViolation>? violations = null, IReadOnlyDictionary<string, string>? metadata = null)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Violations = violations ?? [];
        Metadata = metadata ?? new Dictionary<string, string>();
    }

    public HubException()
        : this(StatusCode.Internal, ErrorReason.Internal, "internal error")
    {
    }

    public HubException(string message)
        : this(StatusCode.Internal, ErrorReason.Internal, message)
    {
    }

    public HubException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = StatusCode.Internal;
        Reason = ErrorReason.Internal;
        Violations = [];
        Metadata = new Dictionary<string, string>();
    }

    /// <summary>The gRPC status code.</summary>
    public StatusCode Code { get; }

    /// <summary>The reason of the standard.</summary>
    public ErrorReason Reason { get; }

    /// <summary>The violated fields, for INVALID_ARGUMENT.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; }

    /// <summary>ErrorInfo metadata (e.g. current_version).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>When to retry, sent as google.rpc.RetryInfo (rate limits).</summary>
    public TimeSpan? RetryDelay { get; init; }
}
