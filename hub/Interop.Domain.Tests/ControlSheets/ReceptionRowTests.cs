using Interop.Domain.ControlSheets;
using Interop.Domain.Tests.Time;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.ControlSheets.Cast;
using static Interop.Domain.Tests.ControlSheets.Expected;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>The desk's row, agency names, and what the projection refuses.</summary>
public sealed class ReceptionRowTests
{
    private static DossierEvents Received() => new DossierEvents("dos-4")
        .Received(Vn.At(2025, 11, 3, 8, 30), "000.30.21.H56-251103-0004", appointment: Vn.At(2025, 11, 3, 16, 30), Desk);

    [Fact]
    public void Desk_that_resolves_itself_completes_its_step_at_the_resolution_and_is_not_judged()
    {
        var events = Received()
            .Resolved(Vn.At(2025, 11, 3, 15, 0), AtDesk)
            .ResultReturned(Vn.At(2025, 11, 3, 16, 0))
            .Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 4, 9, 0));

        Assert.Equal(
            Sheet("dos-4", "000.30.21.H56-251103-0004", Vn.At(2025, 11, 3, 8, 30), Vn.At(2025, 11, 3, 16, 30), Timeliness.OnTime,
                Row(Desk, null, Vn.At(2025, 11, 3, 8, 30), Vn.At(2025, 11, 3, 8, 30),
                    deadline: null, completed: Vn.At(2025, 11, 3, 15, 0), Timeliness.Unspecified, receiver: Lan)),
            sheet);
    }

    [Fact]
    public void Agency_named_by_id_only_takes_its_name_from_another_event()
    {
        var events = Received().Offered(Vn.At(2025, 11, 3, 9, 0), AtDesk, "h1", LandOffice, Vn.At(2025, 11, 5, 9, 0), "").Events;
        Assert.Empty(events[1].Actor.Agency.Name);

        var row = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 3, 9, 30)).Rows[1];

        Assert.Equal(Desk, row.HandedOverBy);
    }

    [Fact]
    public void Dossier_without_a_received_event_has_an_empty_sheet()
    {
        var filed = new EventBody { Id = "dos-5/1", DossierId = "dos-5", Sequence = 1, ClaimedTime = DossierEvents.Ts(Vn.At(2025, 11, 3, 8, 0)), Filed = new Filed() };

        var sheet = ControlSheetProjection.Project([filed], now: Vn.At(2025, 11, 3, 9, 0));

        Assert.Equal(new ControlSheet { DossierId = "dos-5" }, sheet);
    }

    [Fact]
    public void Events_out_of_sequence_order_are_refused()
    {
        var events = Received().Offered(Vn.At(2025, 11, 3, 9, 0), AtDesk, "h1", LandOffice, Vn.At(2025, 11, 5, 9, 0), "").Events;

        Assert.Throws<ArgumentException>(() => ControlSheetProjection.Project([events[1], events[0]], Vn.At(2025, 11, 3, 9, 30)));
    }
}
