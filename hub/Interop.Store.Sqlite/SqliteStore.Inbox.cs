namespace Interop.Store.Sqlite;

/// <summary>Inboxes: items read with their events, heads, subscriptions, pruning and commit watchers.</summary>
public sealed partial class SqliteStore
{
    // One read gives a page with everything an item needs, consistently: the event, and the dossier's
    // state when that event is still its last (the common live case), so the hub folds only older ones.
    private const string InboxPage = """
        SELECT i.dossier_id, i.event_sequence, b.body, e.hash, b.personal_part, i.position, b.receipt,
               i.agency_id, i.inbox_sequence, i.roles, i.origin_member_id, i.origin_request_id, e.recorded_ticks, e.recorded_offset,
               CASE WHEN d.version = i.event_sequence THEN d.state END
        FROM inbox AS i JOIN events AS e ON e.position = i.position JOIN event_blobs AS b ON b.position = i.position
        JOIN dossiers AS d ON d.id = i.dossier_id
        WHERE i.agency_id = @agency AND i.inbox_sequence > @after ORDER BY i.inbox_sequence LIMIT @limit
        """;

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredInboxItem>> ReadInboxAsync(string agencyId, long afterSequence, int limit, CancellationToken cancellationToken)
        => ReadListAsync(
            InboxPage,
            command => command.Bind("@agency", agencyId).Bind("@after", afterSequence).Bind("@limit", limit),
            RowReaders.InboxItem,
            cancellationToken);

    /// <inheritdoc/>
    public Task<long> InboxHeadAsync(string agencyId, CancellationToken cancellationToken)
        => ReadAsync(
            "SELECT COALESCE((SELECT head FROM inbox_heads WHERE agency_id = @agency), 0)",
            command => command.Bind("@agency", agencyId),
            reader => reader.GetInt64(0),
            rows => rows[0],
            cancellationToken);

    /// <inheritdoc/>
    public Task<long> InboxOldestAsync(string agencyId, CancellationToken cancellationToken)
        => ReadAsync(
            """
            SELECT COALESCE(
                (SELECT MIN(inbox_sequence) FROM inbox WHERE agency_id = @agency),
                (SELECT head + 1 FROM inbox_heads WHERE agency_id = @agency),
                1)
            """,
            command => command.Bind("@agency", agencyId),
            reader => reader.GetInt64(0),
            rows => rows[0],
            cancellationToken);

    /// <inheritdoc/>
    public Task<InboxSubscription?> ReadInboxSubscriptionAsync(string memberId, string agencyId, CancellationToken cancellationToken)
        => ReadAsync(
            "SELECT member_id, agency_id, acknowledged, delivered FROM inbox_subscriptions WHERE member_id = @member AND agency_id = @agency",
            command => command.Bind("@member", memberId).Bind("@agency", agencyId),
            reader => new InboxSubscription(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)),
            rows => rows.Count == 0 ? null : rows[0],
            cancellationToken);

    /// <inheritdoc/>
    public Task<long> RecordInboxDeliveryAsync(string memberId, string agencyId, long sequence, CancellationToken cancellationToken)
        => SubmitSubscriptionAsync(InboxSubscriptionOperation.Delivery, memberId, agencyId, sequence, cancellationToken);

    /// <inheritdoc/>
    public Task<long> AcknowledgeInboxAsync(string memberId, string agencyId, long sequence, CancellationToken cancellationToken)
        => SubmitSubscriptionAsync(InboxSubscriptionOperation.Acknowledgement, memberId, agencyId, sequence, cancellationToken);

    /// <inheritdoc/>
    public Task<int> PruneInboxAsync(DateTimeOffset routedBefore, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Writer.SubmitAsync(new InboxPruneOperation(routedBefore, limit, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public IDisposable WatchInboxCommits(Action<IReadOnlyList<InboxCommit>> committed) => inboxWatchers.Add(committed);

    private Task<long> SubmitSubscriptionAsync(string sql, string memberId, string agencyId, long sequence, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        return Writer.SubmitAsync(new InboxSubscriptionOperation(sql, memberId, agencyId, sequence, cancellationToken), cancellationToken);
    }
}
