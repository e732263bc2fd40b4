using Google.Protobuf;
using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>Turns stored events back into the messages of the standard, and folds them.</summary>
internal static class StoredEvents
{
    public static Event ToEvent(StoredEvent stored, string logId)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var recorded = new Event
        {
            BodyBytes = ByteString.CopyFrom(stored.Body),
            Body = EventBody.Parser.ParseFrom(stored.Body),
            Hash = ByteString.CopyFrom(stored.Hash),
            Position = new LogPosition { LogId = logId, Index = stored.Position },
        };
        if (stored.PersonalPart is { Length: > 0 } part)
        {
            recorded.PersonalData = PersonalDataPart.Parser.ParseFrom(part);
        }

        return recorded;
    }

    public static SignedReceipt ReceiptOf(StoredEvent stored)
        => stored.Receipt.Length == 0 ? new SignedReceipt() : SignedReceipt.Parser.ParseFrom(stored.Receipt);

    /// <summary>Reads every event of a dossier up to a sequence.</summary>
    public static async Task<IReadOnlyList<StoredEvent>> ReadUpToAsync(IDossierStore store, string dossierId, long sequence, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        while (events.Count < sequence)
        {
            var page = await store.ReadEventsAsync(dossierId, events.Count, (int)Math.Min(500, sequence - events.Count), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            events.AddRange(page);
        }

        return events;
    }

    /// <summary>The dossier's state after its stored events (personal parts included where kept).</summary>
    public static Dossier Fold(IEnumerable<StoredEvent> events)
        => DossierFold.Fold(events.Select(e => (EventBody.Parser.ParseFrom(e.Body), e.PersonalPart is { Length: > 0 } p ? PersonalDataPart.Parser.ParseFrom(p).Data : null)));
}
