using Google.Protobuf;
using Interop.Load.Wire;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Bench.Tests;

public sealed class WireScanTests
{
    [Fact]
    public void An_items_sequence_and_origin_request_id_are_read_past_its_dossier()
    {
        var response = new StreamInboxResponse
        {
            Item = new InboxItem
            {
                AgencyId = "000.12.21.H21",
                Sequence = 300,
                Dossier = new Dossier { Id = "d-1", Details = new DossierDetails { Summary = new string('x', 5000) } },
                Origin = new Origin { MemberId = "member-igate-gialai", RequestId = "0123abcd-000000000042" },
            },
        };

        var signal = WireScan.Inbox(response.ToByteArray());

        Assert.Equal(new InboxSignal(true, 300, "0123abcd-000000000042"), signal);
    }

    [Fact]
    public void A_heartbeat_is_no_item()
    {
        var response = new StreamInboxResponse { Heartbeat = new Heartbeat { HeadSequence = 9 } };

        Assert.False(WireScan.Inbox(response.ToByteArray()).IsItem);
    }
}
