namespace Interop.Store;

/// <summary>How an append ended.</summary>
public enum AppendOutcome
{
    /// <summary>Committed durably.</summary>
    Committed,

    /// <summary>The dossier's version was not the expected one; nothing was written.</summary>
    VersionMismatch,

    /// <summary>A claim is held by another dossier; nothing was written.</summary>
    ClaimTaken,

    /// <summary>The (member, request id) already has a committed record; nothing was written.</summary>
    DuplicateRequest,
}

/// <summary>The result of an append.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="CurrentVersion">The dossier's version after the append, or its current one on a mismatch.</param>
/// <param name="Positions">The log positions of the appended events (committed only).</param>
/// <param name="TakenClaim">The claim that was taken, on <see cref="AppendOutcome.ClaimTaken"/>.</param>
/// <param name="ExistingRequest">The committed record, on <see cref="AppendOutcome.DuplicateRequest"/>.</param>
public sealed record AppendResult(
    AppendOutcome Outcome,
    long CurrentVersion,
    IReadOnlyList<long> Positions,
    Claim? TakenClaim = null,
    IdempotencyRecord? ExistingRequest = null);
