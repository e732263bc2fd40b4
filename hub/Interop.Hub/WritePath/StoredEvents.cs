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
            recorded.PersonalData = PartOf(part);
        }

        return recorded;
    }

    /// <summary>
    /// An event as a mutation answers it (STANDARD EV-6): its stored bytes, hash, position and personal
    /// part's salt and data bytes, without the decoded copies <c>Event.body</c> and
    /// <c>PersonalDataPart.data</c>: the answer's state carries that content decoded already, and the
    /// answer stays near the request's size. Inbox items and history carry both.
    /// </summary>
    public static Event AsAnswered(byte[] body, byte[] hash, string logId, long position, PersonalDataPart? part) => new()
    {
        BodyBytes = ByteString.CopyFrom(body),
        Hash = ByteString.CopyFrom(hash),
        Position = new LogPosition { LogId = logId, Index = position },
        PersonalData = part is null ? null : new PersonalDataPart { Salt = part.Salt, DataBytes = part.DataBytes },
    };

    /// <summary>A stored event as a mutation's replay answers it: as <see cref="AsAnswered(byte[], byte[], string, long, PersonalDataPart?)"/> did first.</summary>
    public static Event AsAnswered(StoredEvent stored, string logId)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return AsAnswered(stored.Body, stored.Hash, logId, stored.Position, stored.PersonalPart is { Length: > 0 } part ? PersonalDataPart.Parser.ParseFrom(part) : null);
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
        => DossierFold.Fold(events.Select(e => (EventBody.Parser.ParseFrom(e.Body), e.PersonalPart is { Length: > 0 } p ? PartOf(p).Data : null)));

    /// <summary>
    /// The personal part of a stored event. It is stored once, as its salt and data bytes (the bytes
    /// its digest covers); the parsed data the standard's messages also carry is read from those bytes.
    /// Parts stored with their parsed copy, as the hub stored them before, read the same.
    /// </summary>
    public static PersonalDataPart PartOf(byte[] stored)
    {
        var part = PersonalDataPart.Parser.ParseFrom(stored);
        if (part.Data is null && !part.DataBytes.IsEmpty)
        {
            part.Data = PersonalData.Parser.ParseFrom(part.DataBytes);
        }

        return part;
    }

    /// <summary>The bytes a personal part is stored as: its salt and data bytes, without the parsed copy.</summary>
    public static byte[] Stored(PersonalDataPart part) => new PersonalDataPart { Salt = part.Salt, DataBytes = part.DataBytes }.ToByteArray();
}
