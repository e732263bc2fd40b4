namespace Interop.Store;

/// <summary>
/// Dossiers and their events. The hub decides; the store only performs: conditional appends of
/// pre-hashed event bytes with the new state, the idempotency record, claims, routing entries and
/// list roles, all in one durable transaction, and the reads of dossiers and their events.
/// </summary>
public interface IDossierStore
{
    /// <summary>The dossier's stored state, version and head hash, or null when it does not exist.</summary>
    Task<StoredDossier?> ReadDossierAsync(string dossierId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends events to a dossier if its version is still <see cref="AppendRequest.ExpectedVersion"/>
    /// and every claim is free; returns only after the commit is durable. Concurrent appends share one
    /// transaction and one disk sync; each has its own savepoint.
    /// </summary>
    /// <remarks>
    /// Checked in this order: a committed (member, request id) answers DuplicateRequest whatever the
    /// version; then the version; then the claims (a claim the same dossier already holds is no
    /// conflict). Throws <see cref="StoreUnavailableException"/> when the store could not commit, and
    /// then nothing was written. Cancelled after it was queued, an append either wrote nothing (the
    /// task is cancelled) or reports its committed outcome.
    /// </remarks>
    Task<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken);

    /// <summary>A dossier's events from a sequence on, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string dossierId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The committed idempotency record of (member, request id), if any.</summary>
    Task<IdempotencyRecord?> FindIdempotencyAsync(string memberId, string requestId, CancellationToken cancellationToken);

    /// <summary>Dossiers an agency has a role in, in creation order after a cursor (0 for the first page).</summary>
    Task<IReadOnlyList<ListedDossier>> ListDossiersAsync(DossierQuery query, CancellationToken cancellationToken);
}
