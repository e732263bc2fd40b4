using Interop.Domain.Routing;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.Routing;

/// <summary>
/// The routing table cell by cell, stated here independently of the production table. Each role is
/// played by a different agency: H holder, O offered to, P previous holder, D receiving desk,
/// R return desk, C competent, T consulted.
/// </summary>
public sealed class RoutingTableTests
{
    public static TheoryData<EventType, string> Expected => new()
    {
        { EventType.Filed, "H:Holder D:ReceivingDesk" },
        { EventType.Received, "H:Holder D:ReceivingDesk R:ReturnDesk C:Competent" },
        { EventType.Refused, "H:Holder D:ReceivingDesk" },
        { EventType.SupplementRequested, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.Supplemented, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.SupplementExpired, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.FeeRequested, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.FeePaid, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.HandoverOffered, "H:Holder O:OfferedTo D:ReceivingDesk" },
        { EventType.HandoverAccepted, "H:Holder P:PreviousHolder D:ReceivingDesk" },
        { EventType.HandoverReturned, "H:Holder O:OfferedTo" },
        { EventType.HandoverRecalled, "H:Holder O:OfferedTo" },
        { EventType.ConsultationRequested, "H:Holder T:Consulted" },
        { EventType.ConsultationAnswered, "H:Holder T:Consulted" },
        { EventType.Suspended, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.Resumed, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.Withdrawn, "H:Holder O:OfferedTo D:ReceivingDesk C:Competent T:Consulted" },
        { EventType.Resolved, "H:Holder D:ReceivingDesk R:ReturnDesk C:Competent" },
        { EventType.ResultRecalled, "H:Holder D:ReceivingDesk R:ReturnDesk C:Competent" },
        { EventType.ResultReturned, "H:Holder D:ReceivingDesk R:ReturnDesk C:Competent" },
        { EventType.AppointmentRescheduled, "H:Holder D:ReceivingDesk R:ReturnDesk C:Competent" },
        { EventType.Amended, "H:Holder D:ReceivingDesk C:Competent" },
        { EventType.Note, "H:Holder" },
    };

    [Fact]
    public void Every_event_type_has_a_row()
    {
        Assert.Equal(Enum.GetValues<EventType>().Where(t => t != EventType.Unspecified).Order(), RoutingTable.Rows.Keys.Order());
        Assert.Equal(23, Expected.Count);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Event_reaches_exactly_the_agencies_of_its_row(EventType type, string expected)
    {
        var (before, after, body) = Scenario(type);

        var routed = Router.Recipients(before, after, body);

        Assert.Equal(expected, string.Join(' ', routed.Select(r => $"{r.AgencyId}:{string.Join(',', r.Roles)}")));
    }

    [Fact]
    public void Agency_with_several_roles_gets_one_item_listing_them()
    {
        var (before, after, body) = Scenario(EventType.Received);
        after.Custody.CompetentAgency = Agency("H");

        var routed = Router.Recipients(before, after, body);

        Assert.Equal("H:Holder,Competent D:ReceivingDesk R:ReturnDesk", string.Join(' ', routed.Select(r => $"{r.AgencyId}:{string.Join(',', r.Roles)}")));
    }

    private static (Dossier Before, Dossier After, EventBody Body) Scenario(EventType type)
    {
        var after = new Dossier
        {
            Custody = new Custody
            {
                HolderAgency = Agency("H"),
                ReceivingAgency = Agency("D"),
                ReturnAgency = Agency("R"),
                CompetentAgency = Agency("C"),
                Handovers = { new Handover { Id = "h-1", FromAgency = Agency("H"), ToAgency = Agency("O"), Status = HandoverStatus.Offered } },
                Consultations = { new Consultation { Id = "c-1", ConsultedAgency = Agency("T"), Status = ConsultationStatus.Requested } },
            },
        };
        var before = after.Clone();
        if (type == EventType.HandoverAccepted)
        {
            before.Custody.HolderAgency = Agency("P");
        }

        var body = Lifecycle.Events.Minimal(type, after);
        body.HandoverReturned?.HandoverId = "h-1";
        body.HandoverRecalled?.HandoverId = "h-1";
        if (body.ConsultationRequested is not null)
        {
            body.ConsultationRequested.ConsultedAgency = Agency("T");
        }

        return (before, after, body);
    }

    private static AgencyRef Agency(string id) => new() { AgencyId = id };
}
