using Interop.Domain.ControlSheets;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.ControlSheets.Cast;
using static Interop.Domain.Tests.ControlSheets.Expected;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>Rows of hand-overs: accepted, returned, recalled, pending; completed or open.</summary>
public sealed class HandoverRowTests
{
    private static readonly DateTimeOffset Deadline = Vn.At(2025, 11, 11, 9, 0);

    private static DossierEvents OfferedToLandOffice() => new DossierEvents("dos-1")
        .Received(Vn.At(2025, 11, 3, 8, 30), "000.30.21.H56-251103-0001", appointment: Vn.At(2025, 11, 17, 16, 30))
        .Offered(Vn.At(2025, 11, 4, 9, 0), AtDesk, "h1", LandOffice, Deadline, "Chuyển xử lý");

    [Fact]
    public void Returned_offer_gives_an_unjudged_row_noting_the_reason_and_the_desk_step_runs_on()
    {
        var events = OfferedToLandOffice()
            .Returned(Vn.At(2025, 11, 4, 14, 0), AtLandOffice, "h1", "Chọn sai thủ tục")
            .Offered(Vn.At(2025, 11, 5, 8, 0), AtDesk, "h2", LandOffice, Vn.At(2025, 11, 12, 8, 0), "Chuyển lại")
            .Accepted(Vn.At(2025, 11, 5, 9, 0), AtLandOffice, "h2")
            .Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 6, 9, 0));

        Assert.Equal(
            [
                Row(Desk, null, Vn.At(2025, 11, 3, 8, 30), Vn.At(2025, 11, 3, 8, 30),
                    deadline: null, completed: Vn.At(2025, 11, 5, 8, 0), Timeliness.Unspecified, receiver: Lan),
                Row(LandOffice, Desk, Vn.At(2025, 11, 4, 9, 0), received: null,
                    Deadline, completed: Vn.At(2025, 11, 4, 14, 0), Timeliness.Unspecified, "Trả lại: Chọn sai thủ tục", giver: Lan),
                Row(LandOffice, Desk, Vn.At(2025, 11, 5, 8, 0), Vn.At(2025, 11, 5, 9, 0),
                    Vn.At(2025, 11, 12, 8, 0), completed: null, Timeliness.Unspecified, "Chuyển lại", giver: Lan, receiver: Minh),
            ],
            sheet.Rows);
    }

    [Fact]
    public void Recalled_offer_gives_an_unjudged_row_noting_the_reason()
    {
        var events = OfferedToLandOffice().Recalled(Vn.At(2025, 11, 4, 10, 0), AtDesk, "h1", "Thiếu hồ sơ kèm theo").Events;

        var row = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 20, 9, 0)).Rows[1];

        Assert.Equal(
            Row(LandOffice, Desk, Vn.At(2025, 11, 4, 9, 0), received: null,
                Deadline, completed: Vn.At(2025, 11, 4, 10, 0), Timeliness.Unspecified, "Thu hồi: Thiếu hồ sơ kèm theo", giver: Lan),
            row);
    }

    [Fact]
    public void Pending_offer_past_its_deadline_is_a_late_row_without_a_receipt()
    {
        var row = ControlSheetProjection.Project(OfferedToLandOffice().Events, now: Deadline.AddMinutes(1)).Rows[1];

        Assert.Equal(
            Row(LandOffice, Desk, Vn.At(2025, 11, 4, 9, 0), received: null,
                Deadline, completed: null, Timeliness.Late, "Chuyển xử lý", giver: Lan),
            row);
    }

    [Fact]
    public void Open_step_past_its_deadline_is_late()
    {
        var events = OfferedToLandOffice().Accepted(Vn.At(2025, 11, 4, 10, 0), AtLandOffice, "h1").Events;

        var row = ControlSheetProjection.Project(events, now: Deadline.AddMinutes(1)).Rows[1];

        Assert.Null(row.CompletedTime);
        Assert.Equal(Timeliness.Late, row.Result);
    }

    [Fact]
    public void Open_step_at_its_deadline_is_not_judged_yet()
    {
        var events = OfferedToLandOffice().Accepted(Vn.At(2025, 11, 4, 10, 0), AtLandOffice, "h1").Events;

        var row = ControlSheetProjection.Project(events, now: Deadline).Rows[1];

        Assert.Null(row.CompletedTime);
        Assert.Equal(Timeliness.Unspecified, row.Result);
    }

    [Fact]
    public void Step_completed_after_its_deadline_is_late()
    {
        var events = OfferedToLandOffice()
            .Accepted(Vn.At(2025, 11, 4, 10, 0), AtLandOffice, "h1")
            .Offered(Vn.At(2025, 11, 11, 9, 1), AtLandOffice, "h2", Desk, Vn.At(2025, 11, 12, 9, 0), "Chuyển trả kết quả")
            .Accepted(Vn.At(2025, 11, 11, 10, 0), AtDesk, "h2")
            .Events;

        var row = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 11, 10, 0)).Rows[1];

        Assert.Equal(DossierEvents.Ts(Vn.At(2025, 11, 11, 9, 1)), row.CompletedTime);
        Assert.Equal(Timeliness.Late, row.Result);
    }

    [Fact]
    public void Step_ends_at_the_resolution_when_the_agency_never_hands_the_dossier_on()
    {
        var events = OfferedToLandOffice()
            .Accepted(Vn.At(2025, 11, 4, 10, 0), AtLandOffice, "h1")
            .Resolved(Vn.At(2025, 11, 10, 15, 0), AtLandOffice)
            .Events;

        var row = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 20, 9, 0)).Rows[1];

        Assert.Equal(DossierEvents.Ts(Vn.At(2025, 11, 10, 15, 0)), row.CompletedTime);
        Assert.Equal(Timeliness.Early, row.Result);
    }
}
