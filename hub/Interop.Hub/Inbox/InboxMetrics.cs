using System.Diagnostics.Metrics;

namespace Interop.Hub.Inbox;

/// <summary>The inboxes' metrics, on the hub's meter.</summary>
internal sealed class InboxMetrics
{
    private readonly Counter<long> unservedRoutes;

    public InboxMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        unservedRoutes = meters.Create(HubMetrics.MeterName)
            .CreateCounter<long>("interop.hub.inbox.unserved_routes", description: "Events routed to an agency that no member of the registry serves, by agency");
    }

    public void UnservedRoute(string agencyId) => unservedRoutes.Add(1, new KeyValuePair<string, object?>("agency", agencyId));
}
