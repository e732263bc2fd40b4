using Google.Protobuf.WellKnownTypes;
using Interop.Hub.Storage;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using Interop.Store;

namespace Interop.Hub.Inbox;

/// <summary>
/// Builds the InboxItem of the standard from a stored item: the event as the audit queries serve it,
/// the dossier's state as of that event, the receipt stored with it, and the origin marked as the
/// subscriber's own where it is. An item is built once in a shared form (not marked own) and given to
/// each subscriber as it is, or, to its origin member, as a copy of the top level sharing the rest:
/// built messages are never changed afterwards, so streams may write them side by side.
/// </summary>
internal sealed class InboxItems(IDossierStore store, IEventLog log)
{
    /// <summary>Live items the streams of an agency share.</summary>
    public RecentInboxItems Recent { get; } = new();

    public async Task<InboxItem> BuildAsync(StoredInboxItem stored, string subscriberMemberId, CancellationToken cancellationToken)
        => For(await BuildSharedAsync(stored, cancellationToken), subscriberMemberId);

    /// <summary>Builds a page read from the store for the streams, and keeps it for the agency's other streams.</summary>
    public async Task<IReadOnlyList<InboxItem>> BuildPageAsync(IReadOnlyList<StoredInboxItem> page, CancellationToken cancellationToken)
    {
        var built = new InboxItem[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            built[i] = await BuildSharedAsync(page[i], cancellationToken);
        }

        if (built.Length > 0)
        {
            Recent.Keep(built[0].AgencyId, built);
        }

        return built;
    }

    /// <summary>A shared item as one subscriber receives it.</summary>
    public static InboxItem For(InboxItem shared, string subscriberMemberId)
    {
        if (!string.Equals(shared.Origin.MemberId, subscriberMemberId, StringComparison.Ordinal))
        {
            return shared;
        }

        var own = new InboxItem
        {
            AgencyId = shared.AgencyId,
            Sequence = shared.Sequence,
            Origin = new Origin { MemberId = shared.Origin.MemberId, RequestId = shared.Origin.RequestId, Own = true },
            Event = shared.Event,
            Dossier = shared.Dossier,
            Receipt = shared.Receipt,
            RoutedTime = shared.RoutedTime,
        };
        own.Roles.Add(shared.Roles);
        return own;
    }

    private async Task<InboxItem> BuildSharedAsync(StoredInboxItem stored, CancellationToken cancellationToken)
    {
        // The store hands the state along while the item's event is still the dossier's last (the live
        // case); an older item folds the events up to it, as a replay does (stored state = fold(events)).
        var dossier = stored.LatestState is { } state
            ? Dossier.Parser.ParseFrom(state)
            : StoredEvents.Fold(await StoredEvents.ReadUpToAsync(store, stored.Event.DossierId, stored.Event.Sequence, cancellationToken));
        var item = new InboxItem
        {
            AgencyId = stored.AgencyId,
            Sequence = stored.InboxSequence,
            Origin = new Origin { MemberId = stored.OriginMemberId, RequestId = stored.OriginRequestId },
            Event = StoredEvents.ToEvent(stored.Event, log.LogId),
            Dossier = dossier,
            Receipt = StoredEvents.ReceiptOf(stored.Event),
            RoutedTime = Timestamp.FromDateTimeOffset(stored.RoutedTime),
        };
        item.Roles.Add(stored.Roles.Select(StoreValues.ToWire));
        return item;
    }
}
