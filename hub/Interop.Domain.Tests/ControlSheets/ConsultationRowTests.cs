using Interop.Domain.ControlSheets;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.ControlSheets.Cast;
using static Interop.Domain.Tests.ControlSheets.Expected;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>Rows of consultations, and open steps of a closed dossier.</summary>
public sealed class ConsultationRowTests
{
    private static readonly DateTimeOffset Deadline = Vn.At(2025, 11, 7, 17, 0);

    private static DossierEvents ConsultingTheTaxOffice() => new DossierEvents("dos-2")
        .Received(Vn.At(2025, 11, 3, 8, 30), "000.30.21.H56-251103-0002", appointment: Vn.At(2025, 11, 17, 16, 30))
        .Offered(Vn.At(2025, 11, 3, 9, 0), AtDesk, "h1", LandOffice, Vn.At(2025, 11, 10, 9, 0), "")
        .Accepted(Vn.At(2025, 11, 3, 10, 0), AtLandOffice, "h1")
        .Consulted(Vn.At(2025, 11, 5, 9, 0), AtLandOffice, "c1", TaxOffice, Deadline, "Xác định nghĩa vụ tài chính");

    [Fact]
    public void Consultation_answered_on_an_earlier_date_is_early()
    {
        var events = ConsultingTheTaxOffice().Answered(Vn.At(2025, 11, 6, 16, 0), AtTaxOffice, "c1", "Miễn lệ phí").Events;

        var row = ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 20, 9, 0)).Rows[2];

        Assert.Equal(
            Row(TaxOffice, LandOffice, Vn.At(2025, 11, 5, 9, 0), Vn.At(2025, 11, 5, 9, 0),
                Deadline, completed: Vn.At(2025, 11, 6, 16, 0), Timeliness.Early, "Xác định nghĩa vụ tài chính", giver: Minh),
            row);
    }

    [Fact]
    public void Unanswered_consultation_of_a_withdrawn_dossier_is_judged_at_the_withdrawal()
    {
        var events = ConsultingTheTaxOffice().Withdrawn(Vn.At(2025, 11, 6, 9, 0)).Events;

        var sheet = ControlSheetProjection.Project(events, now: Vn.At(2025, 12, 31, 9, 0));

        Assert.Null(sheet.Rows[2].CompletedTime);
        Assert.Equal(Timeliness.Unspecified, sheet.Rows[2].Result);
        Assert.Equal(Timeliness.Unspecified, sheet.Result);
    }

    [Fact]
    public void Unanswered_consultation_past_its_deadline_is_late()
    {
        var row = ControlSheetProjection.Project(ConsultingTheTaxOffice().Events, now: Deadline.AddSeconds(1)).Rows[2];

        Assert.Equal(Timeliness.Late, row.Result);
    }
}
