using Grpc.Core;
using Interop.Protos.Error.V1;

namespace Interop.Hub.Errors;

/// <summary>Short constructors of the hub's errors, one per status family of the standard.</summary>
public static class Fail
{
    public static HubException Field(string field, string description)
        => new(StatusCode.InvalidArgument, ErrorReason.FieldInvalid, $"{field}: {description}", [new FieldViolation(field, description)]);

    /// <summary>Bad input: the violations' own reason when they all share one, else FIELD_INVALID (ErrorInfo carries one reason).</summary>
    public static HubException Fields(IReadOnlyList<FieldViolation> violations)
        => new(
            StatusCode.InvalidArgument,
            violations.Select(v => v.Reason).Distinct().Count() == 1 ? violations[0].Reason : ErrorReason.FieldInvalid,
            string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")),
            violations);

    public static HubException Invalid(ErrorReason reason, string field, string description)
        => new(StatusCode.InvalidArgument, reason, $"{field}: {description}", [new FieldViolation(field, description)]);

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

    public static HubException Unavailable(string message) => new(StatusCode.Unavailable, ErrorReason.StoreUnavailable, message);
}
