using Interop.Protos.Error.V1;

namespace Interop.Domain.Decisions;

/// <summary>A command the standard refuses: its status family, reason, a message without personal data, and for bad input the violated fields.</summary>
public sealed record Refusal(RefusalKind Kind, ErrorReason Reason, string Message, IReadOnlyList<FieldViolation> Violations)
{
    /// <summary>The dossier's version, on a version mismatch (ABORTED).</summary>
    public long? CurrentVersion { get; init; }

    /// <summary>One bad field, under FIELD_INVALID.</summary>
    public static Refusal Field(string field, string description) => Invalid(ErrorReason.FieldInvalid, field, description);

    /// <summary>One bad field, under a reason of its own.</summary>
    public static Refusal Invalid(ErrorReason reason, string field, string description)
        => new(RefusalKind.InvalidArgument, reason, $"{field}: {description}", [new FieldViolation(field, description, reason)]);

    /// <summary>Bad input: the violations' own reason when they all share one, else FIELD_INVALID (ErrorInfo carries one reason).</summary>
    public static Refusal Fields(IReadOnlyList<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var reason = violations.Select(v => v.Reason).Distinct().Count() == 1 ? violations[0].Reason : ErrorReason.FieldInvalid;
        return new(RefusalKind.InvalidArgument, reason, string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")), violations);
    }

    /// <summary>PERMISSION_DENIED.</summary>
    public static Refusal Denied(ErrorReason reason, string message) => new(RefusalKind.PermissionDenied, reason, message, []);

    /// <summary>FAILED_PRECONDITION.</summary>
    public static Refusal Precondition(ErrorReason reason, string message) => new(RefusalKind.FailedPrecondition, reason, message, []);

    /// <summary>ALREADY_EXISTS.</summary>
    public static Refusal Exists(ErrorReason reason, string message) => new(RefusalKind.AlreadyExists, reason, message, []);

    /// <summary>ABORTED VERSION_MISMATCH with the dossier's current version.</summary>
    public static Refusal VersionMismatch(long current)
        => new(RefusalKind.Aborted, ErrorReason.VersionMismatch, $"the dossier is at version {current}", []) { CurrentVersion = current };
}
