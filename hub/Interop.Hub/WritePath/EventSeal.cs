using System.Security.Cryptography;
using Google.Protobuf;
using Interop.Domain.Decisions;
using Interop.Hub.Lookup;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.WritePath;

/// <summary>
/// Seals a decided event (STANDARD.md EV-2, EV-4): the trace context and previous hash in the envelope,
/// the personal data apart with a fresh salt and only its salted digest in the body, the body serialised
/// once and hashed, the receipt signed, and a receipt of a code's look-up digest derived. Decides nothing.
/// </summary>
internal sealed class EventSeal(ReceiptSigner signer, LookupSecrets secrets)
{
    public SealedEvent Seal(EventDraft draft, byte[]? headHash, TraceContext trace)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var body = draft.Body;
        body.TraceContext = trace;
        body.PreviousHash = ByteString.CopyFrom(headHash ?? EventHashing.Zero);
        PersonalDataPart? part = null;
        if (draft.Personal is { } personal)
        {
            var salt = RandomNumberGenerator.GetBytes(32);
            var data = personal.ToByteArray();
            body.PersonalDataDigest = ByteString.CopyFrom(EventHashing.PersonalDigest(salt, data));
            part = new PersonalDataPart { Salt = ByteString.CopyFrom(salt), DataBytes = ByteString.CopyFrom(data), Data = personal };
        }

        var bodyBytes = body.ToByteArray();
        var hash = EventHashing.EventHash(headHash ?? EventHashing.Zero, bodyBytes);
        var receipt = signer.Sign(new Receipt
        {
            DossierId = body.DossierId,
            EventId = body.Id,
            Sequence = body.Sequence,
            EventHash = ByteString.CopyFrom(hash),
            RecordedTime = body.RecordedTime,
        });
        var lookup = body.PayloadCase == EventBody.PayloadOneofCase.Received
            ? secrets.DigestFor(body.Received.NationalCode, body.DossierId)
            : null;
        return new SealedEvent(draft, bodyBytes, hash, part, receipt, lookup);
    }
}
