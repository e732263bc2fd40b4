using Interop.Store;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Inbox;

/// <summary>
/// Prunes inbox items routed longer ago than <see cref="HubOptions.InboxRetention"/>, at start and every
/// <see cref="HubOptions.InboxPruneInterval"/>, in slices so that appends never wait long behind it.
/// </summary>
internal sealed class InboxRetentionService(IInboxStore store, IOptions<HubOptions> options, TimeProvider time, ILogger<InboxRetentionService> logger)
    : BackgroundService
{
    private const int Slice = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.InboxPruneInterval, time);
        do
        {
            await PruneAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Removes every item older than the retention; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.InboxRetention;
        var total = 0;
        try
        {
            int removed;
            do
            {
                removed = await store.PruneInboxAsync(cutoff, Slice, cancellationToken);
                total += removed;
            }
            while (removed == Slice);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed pass (store unavailable, closing) is retried at the next interval; it must not stop the hub.
        catch (Exception error)
#pragma warning restore CA1031
        {
            HubLog.InboxPruneFailed(logger, error);
        }

        if (total > 0)
        {
            HubLog.InboxPruned(logger, total, cutoff);
        }

        return total;
    }
}
