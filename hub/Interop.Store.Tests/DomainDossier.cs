using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Store.Tests;

/// <summary>Builds real events of one dossier as the hub does: body serialised once, hash chained, state folded.</summary>
internal sealed class DomainDossier(string id)
{
    public static readonly byte[] HashTag = "interop/event/v1"u8.ToArray();

    private DateTimeOffset clock = new(2025, 11, 3, 8, 0, 0, TimeSpan.FromHours(7));
    private byte[] head = new byte[32];

    public Dossier? State { get; private set; }

    public static byte[] Hash(byte[] previous, byte[] body) => SHA256.HashData([.. HashTag, .. previous, .. body]);

    public static AgencyRef Agency(string agencyId) => new() { AgencyId = agencyId, Name = "Agency " + agencyId };

    /// <summary>The append of these events (acting agency, payload) after the current state.</summary>
    public AppendRequest Next(params (string Agency, EventBody Body)[] events)
    {
        var expected = State?.Version ?? 0;
        var records = new List<EventRecord>();
        foreach (var (agency, body) in events)
        {
            clock = clock.AddMinutes(30);
            var sequence = (State?.Version ?? 0) + 1;
            body.Id = $"{id}/{sequence}";
            body.DossierId = id;
            body.Sequence = sequence;
            body.Type = EventTypes.Of(body.PayloadCase);
            body.Actor = new Actor { MemberId = "m-" + agency, Agency = Agency(agency), Officer = new Officer { Id = "o-" + agency } };
            body.ClaimedTime = Timestamp.FromDateTimeOffset(clock);
            body.RecordedTime = body.ClaimedTime;
            body.SchemaId = "interop.dossier.v1";
            body.PreviousHash = ByteString.CopyFrom(head);
            var bytes = body.ToByteArray();
            head = Hash(head, bytes);
            State = DossierFold.Apply(State, body, null);
            records.Add(new EventRecord(sequence, new EventTypeCode((int)body.Type), bytes, head, null, clock));
        }

        var state = State!;
        return new AppendRequest(id, expected, records, state.ToByteArray(), null, [], [], [], new DossierStatusCode((int)state.Status));
    }
}
