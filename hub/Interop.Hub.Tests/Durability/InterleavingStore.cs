using Interop.Store;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// A store that forces one interleaving of two identical requests on a watched dossier: the second
/// reads the dossier (or, for a new dossier, which it does not read, appends) only after the first has
/// committed, and the first commits only once the second has come that far. Everything else is the real store.
/// </summary>
internal sealed class InterleavingStore(IDossierStore inner) : IDossierStore
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource secondRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstCommitted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? watched;
    private int reads;
    private int appends;

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
        if (request.DossierId != Volatile.Read(ref watched))
        {
            return await inner.AppendAsync(request, cancellationToken);
        }

        if (Interlocked.Increment(ref appends) != 1)
        {
            // The twin of a new dossier reads nothing first: it arrives here, after the original committed.
            secondRead.TrySetResult();
            await firstCommitted.Task.WaitAsync(Patience, cancellationToken);
            return await inner.AppendAsync(request, cancellationToken);
        }

        await secondRead.Task.WaitAsync(Patience, cancellationToken);
        var result = await inner.AppendAsync(request, cancellationToken);
        firstCommitted.TrySetResult();
        return result;
    }

    public Task<IdempotencyRecord?> FindIdempotencyAsync(string memberId, string requestId, CancellationToken cancellationToken) => inner.FindIdempotencyAsync(memberId, requestId, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string dossierId, long afterSequence, int limit, CancellationToken cancellationToken) => inner.ReadEventsAsync(dossierId, afterSequence, limit, cancellationToken);

    public Task<IReadOnlyList<ListedDossier>> ListDossiersAsync(DossierQuery query, CancellationToken cancellationToken) => inner.ListDossiersAsync(query, cancellationToken);
}
