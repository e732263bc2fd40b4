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

    /// <summary>The look-up digest stored for a national code, if any (<see cref="AppendRequest.LookupDigest"/>).</summary>
    Task<LookupDigest?> FindLookupDigestAsync(string nationalCode, CancellationToken cancellationToken);

    /// <summary>Reserves the next national-code sequence of an agency for a local day, durably (gaps are allowed, repeats never).</summary>
    Task<long> ReserveDailySequenceAsync(string agencyId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>A dossier's events from a sequence on, in order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string dossierId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The event log after a position, in position order: committed events only, none skipped
    /// (a reader never sees a later position before an earlier one is committed).
    /// </summary>
    Task<IReadOnlyList<LogEntry>> ReadLogAsync(long afterPosition, int limit, CancellationToken cancellationToken);

    /// <summary>Dossiers an agency has a role in, in creation order after a cursor (0 for the first page).</summary>
    Task<IReadOnlyList<ListedDossier>> ListDossiersAsync(DossierQuery query, CancellationToken cancellationToken);

    /// <summary>Items of an agency's inbox after a sequence, in order, each with its event; only committed items are ever read.</summary>
    Task<IReadOnlyList<StoredInboxItem>> ReadInboxAsync(string agencyId, long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>The head sequence of an agency's inbox: the last sequence handed out (0 when never written), pruned items included.</summary>
    Task<long> InboxHeadAsync(string agencyId, CancellationToken cancellationToken);

    /// <summary>The sequence of an agency's oldest retained inbox item; head + 1 once every item is pruned, 1 for an inbox never written.</summary>
    Task<long> InboxOldestAsync(string agencyId, CancellationToken cancellationToken);

    /// <summary>A (member, agency) subscription, or null before its first delivery or acknowledgement.</summary>
    Task<InboxSubscription?> ReadInboxSubscriptionAsync(string memberId, string agencyId, CancellationToken cancellationToken);

    /// <summary>Records durably that a subscription was handed items up to a sequence; never moves it backwards. Returns the delivered sequence after the call.</summary>
    Task<long> RecordInboxDeliveryAsync(string memberId, string agencyId, long sequence, CancellationToken cancellationToken);

    /// <summary>Acknowledges durably everything up to a sequence; a lower sequence leaves the acknowledgement where it is. Returns the acknowledged sequence after the call.</summary>
    Task<long> AcknowledgeInboxAsync(string memberId, string agencyId, long sequence, CancellationToken cancellationToken);

    /// <summary>
    /// Removes each agency's oldest items routed before a time, at most <paramref name="limit"/> in all, and
    /// returns how many it removed. It stops at an agency's first younger item, so what remains stays
    /// gapless, and a removed sequence is never handed out again.
    /// </summary>
    Task<int> PruneInboxAsync(DateTimeOffset routedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="committed"/> after each durable commit that appended inbox items, with those
    /// items; never before the commit is durable, never for a rolled-back append. It must return quickly
    /// and not throw. Dispose the result to stop.
    /// </summary>
    IDisposable WatchInboxCommits(Action<IReadOnlyList<InboxCommit>> committed);

    /// <summary>Appends a refusal to the durable refusal log and returns its position (the entry's own position is ignored).</summary>
    Task<long> AppendRefusalAsync(RefusalEntry refusal, CancellationToken cancellationToken);

    /// <summary>Refusals after a position, optionally of one member, oldest first.</summary>
    Task<IReadOnlyList<RefusalEntry>> ListRefusalsAsync(RefusalQuery query, CancellationToken cancellationToken);

    /// <summary>Records a registry content if its digest differs from the latest version's, and returns the latest version.</summary>
    Task<RegistryVersion> RecordRegistryAsync(byte[] content, byte[] digest, DateTimeOffset recordedTime, CancellationToken cancellationToken);
}
