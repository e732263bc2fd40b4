namespace Interop.Domain.Decisions;

/// <summary>The status family of a refusal (STANDARD.md ERR); the hub maps each to its gRPC status code.</summary>
public enum RefusalKind
{
    /// <summary>Bad input: INVALID_ARGUMENT with the violated fields.</summary>
    InvalidArgument,

    /// <summary>The caller may not do this: PERMISSION_DENIED.</summary>
    PermissionDenied,

    /// <summary>The lifecycle does not allow it now: FAILED_PRECONDITION.</summary>
    FailedPrecondition,

    /// <summary>A request id reused or a code taken: ALREADY_EXISTS.</summary>
    AlreadyExists,

    /// <summary>The expected version is not the dossier's: ABORTED with the current version.</summary>
    Aborted,
}
