using Interop.Store;

namespace Interop.Hub.Inbox;

/// <summary>
/// A stream's durable record of how far it delivered, written behind its items: at most one record in
/// flight, and when it completes the next one carries the latest mark. Items never wait for a commit
/// (the writer's commit takes as long as an append's), and a busy stream costs the writer at most one
/// operation per commit instead of one per page. Used by one stream's loop only, never concurrently.
/// </summary>
internal sealed class DeliveryRecorder(IInboxStore store, string memberId, string agencyId, long recorded)
{
    private long wanted = recorded;
    private long requested = recorded;
    private Task inFlight = Task.CompletedTask;

    /// <summary>A later mark waits for the record in flight.</summary>
    public bool IsBehind => wanted > requested;

    /// <summary>Completes with the record in flight: worth waiting for only while <see cref="IsBehind"/>.</summary>
    public Task InFlight => inFlight;

    /// <summary>Marks items up to a sequence as handed to the stream, and records them when the writer is free.</summary>
    public void Deliver(long sequence, CancellationToken cancellationToken)
    {
        wanted = Math.Max(wanted, sequence);
        Pump(cancellationToken);
    }

    /// <summary>Starts the next record if none is in flight and one is due; a failed record ends the stream with its error.</summary>
    public void Pump(CancellationToken cancellationToken)
    {
        if (!inFlight.IsCompleted)
        {
            return;
        }

        if (inFlight.IsFaulted)
        {
            inFlight.GetAwaiter().GetResult();
        }

        if (wanted > requested)
        {
            requested = wanted;
            inFlight = store.RecordInboxDeliveryAsync(memberId, agencyId, requested, cancellationToken);
        }
    }

    /// <summary>At the stream's end: the record in flight, then the rest, each standing or failing on its own.</summary>
    public async Task CompleteAsync()
    {
        try
        {
            await inFlight;
        }
#pragma warning disable CA1031 // The stream has ended either way; its delivery mark in memory still covers this process.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The stream ended (cancelled) or the store failed; the next stream records again.
        }

        if (wanted <= requested)
        {
            return;
        }

        requested = wanted;
        try
        {
            // Not the stream's token: it is usually cancelled by now, and the record is still owed.
            await store.RecordInboxDeliveryAsync(memberId, agencyId, requested, CancellationToken.None);
        }
#pragma warning disable CA1031 // As above.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The store is unavailable or closing: the member's next stream or pull records again.
        }
    }
}
