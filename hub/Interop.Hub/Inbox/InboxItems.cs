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
/// subscriber's own where it is.
/// </summary>
internal sealed class InboxItems(IDossierStore store, IEventLog log)
{
    public async Task<InboxItem> BuildAsync(StoredInboxItem stored, string subscriberMemberId, CancellationToken cancellationToken)
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
            Origin = new Origin
            {
                MemberId = stored.OriginMemberId,
                RequestId = stored.OriginRequestId,
                Own = string.Equals(stored.OriginMemberId, subscriberMemberId, StringComparison.Ordinal),
            },
            Event = StoredEvents.ToEvent(stored.Event, log.LogId),
            Dossier = dossier,
            Receipt = StoredEvents.ReceiptOf(stored.Event),
            RoutedTime = Timestamp.FromDateTimeOffset(stored.RoutedTime),
        };
        item.Roles.Add(stored.Roles.Select(StoreValues.ToWire));
        return item;
    }
}
