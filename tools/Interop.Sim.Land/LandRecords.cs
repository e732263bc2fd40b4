using System.Text.Json.Serialization;

namespace Interop.Sim.Land;

/// <summary>The transfer message the land system takes (its field names, as VENDOR-FORMATS.md lists them).</summary>
public sealed record TransferMessage(
    string SoBienNhan,
    string MaCanBoChuyen,
    string MaCanBoNhan,
    int MaTrangThai,
    bool LaTrangThaiChuyenLai,
    string NoiDungXuLy,
    string NgayChuyen,
    int HanXuLy,
    IReadOnlyList<TransferFile> DanhSachTapTin,
    string SecurityCode);

/// <summary>One document of a transfer.</summary>
public sealed record TransferFile(string TenGiayTo, string KieuFile, string LinkFile, int SoBanSao, int SoBanChinh);

/// <summary>A record of the land system: its own id and status beside what it was sent, and when it last changed.</summary>
public sealed record LandRecord(string MaHoSo, string SoBienNhan, int MaTrangThai, string NoiDungXuLy, string NgayNhan, string MaCanBoNhan, string SecurityCode, string NgayCapNhat);

/// <summary>A record's detail: its id, status and reception time, and the transfer message it was made from, as received.</summary>
public sealed record LandRecordDetail(string MaHoSo, int MaTrangThai, string NgayNhan, TransferMessage ThongTinChuyen);

/// <summary>One report of the land system's feed (<c>GET /api/v1/phan-hoi</c>).</summary>
public sealed record LandReport(long Seq, string MaHoSo, string SoBienNhan, string Loai, string NoiDungXuLy, string NgayCapNhat);

/// <summary>A page of a list, as the land system pages: 1-based page number, total count.</summary>
public sealed record LandPage<T>([property: JsonPropertyName("TongSo")] int Total, [property: JsonPropertyName("Trang")] int Page, [property: JsonPropertyName("DuLieu")] IReadOnlyList<T> Items);

/// <summary>The land system's statuses (<c>MaTrangThai</c>) and report kinds (<c>Loai</c>).</summary>
public static class LandCodes
{
    public const int Received = 1;
    public const int AwaitingSupplement = 2;
    public const int Supplemented = 3;
    public const int Finished = 4;
    public const int HandedBack = 5;

    public const string ReportAwaitingSupplement = "CHO_BO_SUNG";
    public const string ReportSupplemented = "DA_BO_SUNG";
    public const string ReportFinished = "HOAN_THANH";
    public const string ReportHandedBack = "LUAN_CHUYEN";
    public const string ReportWrongResult = "KET_QUA_SAI";

    public static string ReportOf(int status) => status switch
    {
        AwaitingSupplement => ReportAwaitingSupplement,
        Supplemented => ReportSupplemented,
        Finished => ReportFinished,
        HandedBack => ReportHandedBack,
        _ => "CAP_NHAT",
    };
}
