using Interop.Domain.ControlSheets;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.ControlSheets.Cast;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>The sheet's header: the appointment as moved by pauses and the dossier's judgement.</summary>
public sealed class DossierJudgementTests
{
    private static readonly DateTimeOffset Appointment = Vn.At(2025, 11, 10, 16, 30);

    private static DossierEvents AtTheLandOffice() => new DossierEvents("dos-3")
        .Received(Vn.At(2025, 11, 3, 8, 30), "000.30.21.H56-251103-0003", Appointment)
        .Offered(Vn.At(2025, 11, 3, 9, 0), AtDesk, "h1", LandOffice, Vn.At(2025, 11, 7, 9, 0), "")
        .Accepted(Vn.At(2025, 11, 3, 10, 0), AtLandOffice, "h1");

    [Fact]
    public void Recalled_result_reopens_the_dossier_and_the_step_of_its_holder()
    {
        var events = AtTheLandOffice()
            .Resolved(Vn.At(2025, 11, 6, 10, 0), AtLandOffice)
            .ResultRecalled(Vn.At(2025, 11, 7, 8, 0), AtLandOffice, "Sai diện tích thửa đất")
            .Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 7, 8, 30));

        Assert.Equal(Timeliness.Unspecified, sheet.Result);
        Assert.Null(sheet.Rows[1].CompletedTime);
    }

    [Fact]
    public void Dossier_resolved_again_after_a_recall_is_judged_at_the_last_resolution()
    {
        var events = AtTheLandOffice()
            .Resolved(Vn.At(2025, 11, 6, 10, 0), AtLandOffice)
            .ResultRecalled(Vn.At(2025, 11, 7, 8, 0), AtLandOffice, "Sai diện tích thửa đất")
            .Resolved(Vn.At(2025, 11, 11, 9, 0), AtLandOffice)
            .Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 12, 9, 0));

        Assert.Equal(Timeliness.Late, sheet.Result);
        Assert.Equal(DossierEvents.Ts(Vn.At(2025, 11, 11, 9, 0)), sheet.Rows[1].CompletedTime);
        Assert.Equal(Timeliness.Late, sheet.Rows[1].Result);
    }

    [Fact]
    public void Apology_slip_never_moves_the_appointment_the_dossier_is_judged_against()
    {
        var events = AtTheLandOffice()
            .Rescheduled(Vn.At(2025, 11, 7, 9, 0), AtLandOffice, newAppointment: Vn.At(2025, 11, 20, 16, 30))
            .Resolved(Vn.At(2025, 11, 14, 9, 0), AtLandOffice)
            .Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 14, 10, 0));

        Assert.Equal(DossierEvents.Ts(Appointment), sheet.Appointment);
        Assert.Equal(Timeliness.Late, sheet.Result);
    }

    [Fact]
    public void Open_dossier_is_late_once_the_local_date_is_past_its_appointment_date()
    {
        var events = AtTheLandOffice().Events;

        Assert.Equal(Timeliness.Unspecified, ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 10, 23, 59)).Result);
        Assert.Equal(Timeliness.Late, ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 11, 0, 30)).Result);
    }

    [Fact]
    public void Dossier_waiting_for_a_supplement_is_not_late_while_the_citizen_has_it()
    {
        var events = AtTheLandOffice().SupplementRequested(Vn.At(2025, 11, 7, 9, 0), AtLandOffice).Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 20, 9, 0));

        Assert.Equal(Timeliness.Unspecified, sheet.Result);
    }

    [Fact]
    public void Withdrawn_dossier_is_not_judged()
    {
        var events = AtTheLandOffice().Withdrawn(Vn.At(2025, 11, 12, 9, 0)).Events;

        Assert.Equal(Timeliness.Unspecified, ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 20, 9, 0)).Result);
    }
}
