using Grpc.Core;
using Interop.Domain.Decisions;
using Interop.Protos.Error.V1;

namespace Interop.Hub.Errors;

/// <summary>Short constructors of the hub's errors, one per status family of the standard.</summary>
public static class Fail
{
    /// <summary>A refusal of the domain as the hub's error: its status family becomes the gRPC status code.</summary>
    public static HubException From(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.CurrentVersion is { } current
            ? VersionMismatch(current)
            : new(CodeOf(refusal.Kind), refusal.Reason, refusal.Message, refusal.Violations);
    }

    public static HubException Field(string field, string description) => From(Refusal.Field(field, description));

    /// <summary>Bad input: the violations' own reason when they all share one, else FIELD_INVALID (ErrorInfo carries one reason).</summary>
    public static HubException Fields(IReadOnlyList<FieldViolation> violations) => From(Refusal.Fields(violations));

    public static HubException Invalid(ErrorReason reason, string field, string description) => From(Refusal.Invalid(reason, field, description));

    public static HubException Unauthenticated(ErrorReason reason, string message) => new(StatusCode.Unauthenticated, reason, message);

    public static HubException Denied(ErrorReason reason, string message) => new(StatusCode.PermissionDenied, reason, message);

    public static HubException NotFound(string message) => new(StatusCode.NotFound, ErrorReason.ResourceNotFound, message);

    public static HubException Precondition(ErrorReason reason, string message) => new(StatusCode.FailedPrecondition, reason, message);

    public static HubException Exists(ErrorReason reason, string message) => new(StatusCode.AlreadyExists, reason, message);

    public static HubException VersionMismatch(long current)
        => new(StatusCode.Aborted, ErrorReason.VersionMismatch, $"the dossier is at version {current}", null, new Dictionary<string, string> { ["current_version"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>RESOURCE_EXHAUSTED RATE_LIMITED with a google.rpc.RetryInfo of the delay.</summary>
    public static HubException RateLimited(string message, TimeSpan retryAfter)
        => new(StatusCode.ResourceExhausted, ErrorReason.RateLimited, message) { RetryDelay = retryAfter };

    /// <summary>RESOURCE_EXHAUSTED HUB_OVERLOADED with a google.rpc.RetryInfo of the delay.</summary>
    public static HubException Overloaded(TimeSpan retryAfter)
        => new(StatusCode.ResourceExhausted, ErrorReason.HubOverloaded, "the hub admits no more writes now; retry after the delay with the same request id") { RetryDelay = retryAfter };

    public static HubException NationalCodesExhausted()
        => new(StatusCode.ResourceExhausted, ErrorReason.NationalCodesExhausted, "the agency's national codes of the day are all issued (999999); no retry helps before the next local day");

    public static HubException Unavailable(string message) => new(StatusCode.Unavailable, ErrorReason.StoreUnavailable, message);

    private static StatusCode CodeOf(RefusalKind kind) => kind switch
    {
        RefusalKind.InvalidArgument => StatusCode.InvalidArgument,
        RefusalKind.PermissionDenied => StatusCode.PermissionDenied,
        RefusalKind.FailedPrecondition => StatusCode.FailedPrecondition,
        RefusalKind.AlreadyExists => StatusCode.AlreadyExists,
        RefusalKind.Aborted => StatusCode.Aborted,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no status code for this refusal kind"),
    };
}
