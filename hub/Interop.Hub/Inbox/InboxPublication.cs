using Interop.Hub.Registry;
using Interop.Store;

namespace Interop.Hub.Inbox;

/// <summary>
/// Hears of inbox items from the store once their commit is durable (never before: the store announces
/// after COMMIT), rings the agencies' doorbells, and raises the operator alert for an agency no member
/// serves: once per committed item, so a retried or replayed request never alerts twice.
/// </summary>
internal sealed class InboxPublication(IInboxStore store, InboxDoorbells doorbells, RegistryHolder registry, InboxMetrics metrics, ILogger<InboxPublication> logger)
    : IHostedService, IDisposable
{
    private IDisposable? watch;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        watch = store.WatchInboxCommits(Committed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watch?.Dispose();
        watch = null;
    }

    private void Committed(IReadOnlyList<InboxCommit> items)
    {
        foreach (var agencyId in items.Select(item => item.AgencyId).Distinct(StringComparer.Ordinal))
        {
            doorbells.Ring(agencyId);
        }

        if (!registry.IsLoaded)
        {
            return;
        }

        var current = registry.Current;
        foreach (var item in items.Where(item => !current.IsServed(item.AgencyId)))
        {
            HubLog.UnservedRoute(logger, item.AgencyId, item.DossierId, item.EventSequence, current.Version);
            metrics.UnservedRoute(item.AgencyId);
        }
    }
}
