namespace Interop.Store;

/// <summary>
/// Agencies' inboxes and members' subscriptions to them. Items are written by
/// <see cref="IDossierStore.AppendAsync"/> (its routing entries); this port reads, acknowledges,
/// prunes and announces them.
/// </summary>
public interface IInboxStore
{
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
}
