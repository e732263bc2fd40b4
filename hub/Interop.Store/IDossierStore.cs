namespace Interop.Store;

/// <summary>
/// The hub's storage port (DESIGN.md §4). The hub decides; the store only performs: conditional
/// appends of pre-hashed event bytes with the new state, the idempotency record, claims and routing
/// entries, all in one durable transaction, and the reads the hub serves. SQLite and Redis implement
/// it and pass one contract suite.
/// </summary>
public interface IDossierStore : IAsyncDisposable
{
    /// <summary>The id of the log positions this store assigns.</summary>
    string LogId { get; }

    /// <summary>Counters of the write path (appends, durable commits).</summary>
    StoreCounters Counters { get; }

    /// <summary>Opens or creates the store; fails if it cannot guarantee durability.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Whether the store can be written now (health checking); a real, small durable write, cheap enough every few seconds.</summary>
    Task<bool> IsWritableAsync(CancellationToken cancellationToken);

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

    /// <summary>The committed idempotency record of (member, request id), if any.</summary>
    Task<IdempotencyRecord?> FindIdempotencyAsync(string memberId, string requestId, CancellationToken cancellationToken);

    /// <summary>The dossier that holds a claim (a national code, or a member's vendor code), if any.</summary>
    Task<string?> FindClaimAsync(Claim claim, CancellationToken cancellationToken);

    /// <summary>Reserves the next national-code sequence of an agency for a local day, durably (gaps are allowed, repeats never).</summary>
    Task<long> ReserveDailySequenceAsync(string agencyId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>A dossier's events from a sequence on, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string dossierId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>Dossiers an agency has a role in, in creation order after a cursor (0 for the first page).</summary>
    Task<IReadOnlyList<ListedDossier>> ListDossiersAsync(DossierQuery query, CancellationToken cancellationToken);

    /// <summary>Items of an agency's inbox after a sequence, in order.</summary>
    Task<IReadOnlyList<StoredInboxItem>> ReadInboxAsync(string agencyId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The head sequence of an agency's inbox (0 when empty).</summary>
    Task<long> InboxHeadAsync(string agencyId, CancellationToken cancellationToken);

    /// <summary>Appends a refusal to the durable refusal log and returns its position (the entry's own position is ignored).</summary>
    Task<long> AppendRefusalAsync(RefusalEntry refusal, CancellationToken cancellationToken);

    /// <summary>Refusals after a position, optionally of one member, oldest first.</summary>
    Task<IReadOnlyList<RefusalEntry>> ListRefusalsAsync(RefusalQuery query, CancellationToken cancellationToken);

    /// <summary>Records a registry content if its digest differs from the latest version's, and returns the latest version.</summary>
    Task<RegistryVersion> RecordRegistryAsync(byte[] content, byte[] digest, DateTimeOffset recordedTime, CancellationToken cancellationToken);
}
