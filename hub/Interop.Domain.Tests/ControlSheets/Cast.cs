using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>
/// The agencies and officers of the examples. Payloads name agencies in full; actors carry the id only, as
/// members send them, so the sheet must find names elsewhere in the events.
/// </summary>
internal static class Cast
{
    public static readonly AgencyRef Desk = new() { AgencyId = "000.30.21.H56", Name = "Bộ phận một cửa UBND xã Tân Lập" };
    public static readonly AgencyRef LandOffice = new() { AgencyId = "000.10.21.H56", Name = "Chi nhánh Văn phòng đăng ký đất đai Tân Lập" };
    public static readonly AgencyRef TaxOffice = new() { AgencyId = "000.00.41.G12", Name = "Thuế cơ sở 3" };

    public static readonly Officer Lan = new() { Id = "tn.lan", Name = "Nguyễn Thị Lan", Position = "Công chức một cửa" };
    public static readonly Officer Minh = new() { Id = "vpdk.minh", Name = "Trần Văn Minh", Position = "Chuyên viên" };
    public static readonly Officer Hoa = new() { Id = "thue.hoa", Name = "Lê Thị Hoa", Position = "Kiểm soát viên thuế" };

    public static Actor AtDesk => ActorOf("m-desk", Desk, Lan);

    public static Actor AtLandOffice => ActorOf("m-land", LandOffice, Minh);

    public static Actor AtTaxOffice => ActorOf("m-tax", TaxOffice, Hoa);

    private static Actor ActorOf(string member, AgencyRef agency, Officer officer) =>
        new() { MemberId = member, Agency = new AgencyRef { AgencyId = agency.AgencyId }, Officer = officer.Clone() };
}
