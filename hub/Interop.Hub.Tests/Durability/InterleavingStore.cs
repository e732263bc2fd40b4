using Interop.Store;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// A store that forces one interleaving of two identical requests on a watched dossier: the second
/// reads the dossier only after the first has committed, and the first commits only once the second
/// has looked for its idempotency record and come to that read. Everything else is the real store.
/// </summary>
internal sealed class InterleavingStore(IDossierStore inner) : IDossierStore
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource secondRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstCommitted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? watched;
    private int reads;
    private int appends;

    public string LogId => inner.LogId;

    public StoreCounters Counters => inner.Counters;

    /// <summary>Starts forcing the interleaving on a dossier's next reads and appends.</summary>
    public void Watch(string dossierId) => Volatile.Write(ref watched, dossierId);

    public async Task<StoredDossier?> ReadDossierAsync(string dossierId, CancellationToken cancellationToken)
    {
        if (dossierId == Volatile.Read(ref watched) && Interlocked.Increment(ref reads) == 2)
        {
            secondRead.TrySetResult();
            await firstCommitted.Task.WaitAsync(Patience, cancellationToken);
        }

        return await inner.ReadDossierAsync(dossierId, cancellationToken);
    }

    public async Task<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        if (request.DossierId != Volatile.Read(ref watched) || Interlocked.Increment(ref appends) != 1)
        {
            return await inner.AppendAsync(request, cancellationToken);
        }

        await secondRead.Task.WaitAsync(Patience, cancellationToken);
        var result = await inner.AppendAsync(request, cancellationToken);
        firstCommitted.TrySetResult();
        return result;
    }

    public Task OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public Task<bool> IsWritableAsync(CancellationToken cancellationToken) => inner.IsWritableAsync(cancellationToken);

    public Task<IdempotencyRecord?> FindIdempotencyAsync(string memberId, string requestId, CancellationToken cancellationToken) => inner.FindIdempotencyAsync(memberId, requestId, cancellationToken);

    public Task<string?> FindClaimAsync(Claim claim, CancellationToken cancellationToken) => inner.FindClaimAsync(claim, cancellationToken);

    public Task<LookupDigest?> FindLookupDigestAsync(string nationalCode, CancellationToken cancellationToken) => inner.FindLookupDigestAsync(nationalCode, cancellationToken);

    public Task<long> ReserveDailySequenceAsync(string agencyId, DateOnly localDate, CancellationToken cancellationToken) => inner.ReserveDailySequenceAsync(agencyId, localDate, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string dossierId, long afterSequence, int limit, CancellationToken cancellationToken) => inner.ReadEventsAsync(dossierId, afterSequence, limit, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(long afterPosition, int limit, CancellationToken cancellationToken) => inner.ReadLogAsync(afterPosition, limit, cancellationToken);

    public Task<IReadOnlyList<ListedDossier>> ListDossiersAsync(DossierQuery query, CancellationToken cancellationToken) => inner.ListDossiersAsync(query, cancellationToken);

    public Task<IReadOnlyList<StoredInboxItem>> ReadInboxAsync(string agencyId, long afterSequence, int limit, CancellationToken cancellationToken) => inner.ReadInboxAsync(agencyId, afterSequence, limit, cancellationToken);

    public Task<long> InboxHeadAsync(string agencyId, CancellationToken cancellationToken) => inner.InboxHeadAsync(agencyId, cancellationToken);

    public Task<long> InboxOldestAsync(string agencyId, CancellationToken cancellationToken) => inner.InboxOldestAsync(agencyId, cancellationToken);

    public Task<InboxSubscription?> ReadInboxSubscriptionAsync(string memberId, string agencyId, CancellationToken cancellationToken) => inner.ReadInboxSubscriptionAsync(memberId, agencyId, cancellationToken);

    public Task<long> RecordInboxDeliveryAsync(string memberId, string agencyId, long sequence, CancellationToken cancellationToken) => inner.RecordInboxDeliveryAsync(memberId, agencyId, sequence, cancellationToken);

    public Task<long> AcknowledgeInboxAsync(string memberId, string agencyId, long sequence, CancellationToken cancellationToken) => inner.AcknowledgeInboxAsync(memberId, agencyId, sequence, cancellationToken);

    public Task<int> PruneInboxAsync(DateTimeOffset routedBefore, int limit, CancellationToken cancellationToken) => inner.PruneInboxAsync(routedBefore, limit, cancellationToken);

    public IDisposable WatchInboxCommits(Action<IReadOnlyList<InboxCommit>> committed) => inner.WatchInboxCommits(committed);

    public Task<long> AppendRefusalAsync(RefusalEntry refusal, CancellationToken cancellationToken) => inner.AppendRefusalAsync(refusal, cancellationToken);

    public Task<IReadOnlyList<RefusalEntry>> ListRefusalsAsync(RefusalQuery query, CancellationToken cancellationToken) => inner.ListRefusalsAsync(query, cancellationToken);

    public Task<RegistryVersion> RecordRegistryAsync(byte[] content, byte[] digest, DateTimeOffset recordedTime, CancellationToken cancellationToken) => inner.RecordRegistryAsync(content, digest, recordedTime, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
