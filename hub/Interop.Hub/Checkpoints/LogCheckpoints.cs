using Interop.Hub.Keys;
using Interop.Protos.Inbox.V1;
using Interop.Store;

namespace Interop.Hub.Checkpoints;

/// <summary>
/// Signed checkpoints of the event log: an RFC 6962 Merkle tree whose leaves are the events' 32-byte
/// hashes in log-position order. The frontier is rebuilt by streaming the log at start, then follows
/// the log's committed head (polled every 250 ms); a new note is signed only when the tree grew.
/// </summary>
/// <remarks>
/// The tree is defined over the events in position order, not over position numbers: the size is the
/// count of leaves, whatever gaps positions could ever have. The store's reads see committed events
/// only, and a later position never before an earlier one, so a checkpoint never covers an event a
/// crash could erase.
/// </remarks>
internal sealed class LogCheckpoints(IEventLog store, HubSigningKey key, TimeProvider time, ILogger<LogCheckpoints> logger)
    : ICheckpointSource, IHostedService, IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private const int Page = 4096;

    private readonly MerkleFrontier frontier = new();
    private readonly SemaphoreSlim advancing = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private long lastPosition;
    private SignedCheckpoint? latest;
    private Task? polling;
    private int disposed;

    public SignedCheckpoint Latest => Volatile.Read(ref latest) ?? throw new InvalidOperationException("The first checkpoint is signed when the hub starts.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await AdvanceAsync(cancellationToken);
        HubLog.CheckpointsReady(logger, key.KeyId, key.VerifierKey, Latest.TreeSize, time.GetElapsedTime(started).TotalMilliseconds);
        polling = PollAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (polling is not null)
        {
            await polling.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Takes in what the log committed since the last call and signs a new checkpoint if the tree grew.</summary>
    public async Task AdvanceAsync(CancellationToken cancellationToken)
    {
        await advancing.WaitAsync(cancellationToken);
        try
        {
            var before = frontier.Size;
            while (true)
            {
                var entries = await store.ReadLogAsync(lastPosition, Page, cancellationToken);
                foreach (var entry in entries)
                {
                    frontier.Append(entry.Hash);
                    lastPosition = entry.Position;
                }

                if (entries.Count < Page)
                {
                    break;
                }
            }

            if (latest is null || frontier.Size != before)
            {
                Volatile.Write(ref latest, CheckpointNote.Sign(key, frontier.Size, frontier.Root()));
            }
        }
        finally
        {
            advancing.Release();
        }
    }

    public void Dispose()
    {
        // The container disposes this once per registration that hands it out (three).
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // Disposed without a stop (a host that failed to start): end the polling before its token goes.
        stopping.Cancel();
        stopping.Dispose();
        advancing.Dispose();
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await AdvanceAsync(cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The last checkpoint stays valid (it covers less); the next tick tries again.
                    HubLog.CheckpointNotAdvanced(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
