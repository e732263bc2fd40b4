using Interop.Domain.ControlSheets;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.ControlSheets.Cast;
using static Interop.Domain.Tests.ControlSheets.Expected;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>
/// The worked example: a land dossier received at a commune desk, supplemented, handed to the land office, which
/// consults the tax office, resolves and hands the result back to the desk, which returns it.
/// </summary>
public sealed class LandDossierSheetTests
{
    private const string Code = "000.30.21.H56-251103-0012";

    private static DossierEvents LandDossier() => new DossierEvents("dos-land-0012")
        .Received(Vn.At(2025, 11, 3, 8, 30), Code, appointment: Vn.At(2025, 11, 17, 16, 30), Desk, LandOffice)
        .SupplementRequested(Vn.At(2025, 11, 3, 10, 0), AtDesk)
        // Mon 10:00 to Wed 09:00 is 900 working minutes; the appointment moves from Mon 17th 16:30 to Wed 19th 15:30.
        .Supplemented(Vn.At(2025, 11, 5, 9, 0), movedAppointment: Vn.At(2025, 11, 19, 15, 30), pausedMinutes: 900)
        .Offered(Vn.At(2025, 11, 5, 10, 0), AtDesk, "h1", LandOffice, Vn.At(2025, 11, 12, 10, 0), "Chuyển hồ sơ đăng ký biến động")
        .Accepted(Vn.At(2025, 11, 5, 14, 0), AtLandOffice, "h1")
        .Consulted(Vn.At(2025, 11, 6, 9, 0), AtLandOffice, "c1", TaxOffice, Vn.At(2025, 11, 10, 9, 0), "Xác định nghĩa vụ tài chính")
        .Answered(Vn.At(2025, 11, 10, 15, 0), AtTaxOffice, "c1", "Thông báo lệ phí trước bạ")
        .Resolved(Vn.At(2025, 11, 12, 8, 0), AtLandOffice)
        .Offered(Vn.At(2025, 11, 12, 9, 0), AtLandOffice, "h2", Desk, Vn.At(2025, 11, 14, 17, 0), "Chuyển trả kết quả")
        .Accepted(Vn.At(2025, 11, 12, 10, 30), AtDesk, "h2")
        .ResultReturned(Vn.At(2025, 11, 13, 8, 0));

    [Fact]
    public void Land_dossier_sheet_states_every_step_in_order_with_the_late_consultation()
    {
        var sheet = ControlSheetProjection.Project(LandDossier().Events, now: Vn.At(2025, 12, 1, 9, 0));

        var expected = Sheet("dos-land-0012", Code, Vn.At(2025, 11, 3, 8, 30), Vn.At(2025, 11, 19, 15, 30), Timeliness.Early,
            Row(Desk, null, Vn.At(2025, 11, 3, 8, 30), Vn.At(2025, 11, 3, 8, 30),
                deadline: null, completed: Vn.At(2025, 11, 5, 10, 0), Timeliness.Unspecified, receiver: Lan),
            Row(LandOffice, Desk, Vn.At(2025, 11, 5, 10, 0), Vn.At(2025, 11, 5, 14, 0),
                deadline: Vn.At(2025, 11, 12, 10, 0), completed: Vn.At(2025, 11, 12, 9, 0), Timeliness.OnTime,
                "Chuyển hồ sơ đăng ký biến động", giver: Lan, receiver: Minh),
            Row(TaxOffice, LandOffice, Vn.At(2025, 11, 6, 9, 0), Vn.At(2025, 11, 6, 9, 0),
                deadline: Vn.At(2025, 11, 10, 9, 0), completed: Vn.At(2025, 11, 10, 15, 0), Timeliness.Late,
                "Xác định nghĩa vụ tài chính", giver: Minh),
            Row(Desk, LandOffice, Vn.At(2025, 11, 12, 9, 0), Vn.At(2025, 11, 12, 10, 30),
                deadline: Vn.At(2025, 11, 14, 17, 0), completed: Vn.At(2025, 11, 13, 8, 0), Timeliness.Early,
                "Chuyển trả kết quả", giver: Minh, receiver: Lan));
        Assert.Equal(expected, sheet);
    }

    [Fact]
    public void Land_dossier_sheet_does_not_depend_on_when_it_is_read()
    {
        var events = LandDossier().Events;

        Assert.Equal(
            ControlSheetProjection.Project(events, now: Vn.At(2025, 11, 14, 9, 0)),
            ControlSheetProjection.Project(events, now: Vn.At(2030, 1, 1, 9, 0)));
    }
}
