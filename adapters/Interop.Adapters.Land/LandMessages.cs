namespace Interop.Adapters.Land;

/// <summary>The transfer message of the land system (its field names: DESIGN §5, VENDOR-FORMATS.md).</summary>
public sealed record LandTransfer(
    string SoBienNhan,
    string MaCanBoChuyen,
    string MaCanBoNhan,
    int MaTrangThai,
    bool LaTrangThaiChuyenLai,
    string NoiDungXuLy,
    string NgayChuyen,
    int HanXuLy,
    IReadOnlyList<LandFile> DanhSachTapTin,
    string SecurityCode);

/// <summary>A document of a transfer.</summary>
public sealed record LandFile(string TenGiayTo, string KieuFile, string LinkFile, int SoBanSao, int SoBanChinh);

/// <summary>A record as the land system lists it: its status codes are 1 received, 2 awaiting supplement, 3 supplemented, 4 finished, 5 handed back (assumed, as the simulator has them).</summary>
public sealed record LandRecord(string MaHoSo, string SoBienNhan, int MaTrangThai, string NoiDungXuLy, string NgayNhan, string MaCanBoNhan, string SecurityCode, string NgayCapNhat)
{
    /// <summary>Received, awaiting supplement or supplemented: still with the land office.</summary>
    public bool IsOpen => MaTrangThai is 1 or 2 or 3;

    public bool IsAwaitingSupplement => MaTrangThai == 2;
}

/// <summary>One report of the land system's feed.</summary>
public sealed record LandReport(long Seq, string MaHoSo, string SoBienNhan, string Loai, string NoiDungXuLy, string NgayCapNhat);

/// <summary>A page of the land system's lists.</summary>
public sealed record LandPage(int TongSo, int Trang, IReadOnlyList<LandRecord> DuLieu);
