using System.Globalization;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Demo;

/// <summary>
/// A control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ) as text, with the paper form's
/// headings: one block per row, times to the minute in Vietnam's time, as the form writes them.
/// </summary>
public static class ControlSheetText
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static string Render(ControlSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var text = new StringBuilder();
        text.AppendLine("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        text.AppendLine(CultureInfo.InvariantCulture, $"Mã hồ sơ: {sheet.NationalCode}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Tiếp nhận: {Time(sheet.ReceivedTime)}   Hẹn trả: {Time(sheet.Appointment)}   Kết quả: {Judged(sheet.Result)}");
        var number = 0;
        foreach (var row in sheet.Rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{++number}. {Name(row.Agency)}");
            if (row.HandedOverBy is { AgencyId.Length: > 0 } giver)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   Bên giao: {Name(giver)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"   Giao: {Time(row.HandedOverTime)}{Who(row.Giver)}   Nhận: {Time(row.ReceivedTime)}{Who(row.Receiver)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"   Hạn xử lý: {Time(row.Deadline)}   Hoàn thành: {Time(row.CompletedTime)}   Kết quả: {Judged(row.Result)}");
            if (row.Note.Length > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   Ghi chú: {row.Note}");
            }
        }

        return text.ToString();
    }

    private static string Time(Timestamp? time)
        => time is null ? "—" : time.ToDateTimeOffset().ToOffset(Vietnam).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Name(AgencyRef agency) => agency.Name.Length > 0 ? agency.Name : agency.AgencyId;

    private static string Who(Officer? officer) => officer is { Id.Length: > 0 } ? $" ({officer.Id})" : "";

    private static string Judged(Timeliness result) => result switch
    {
        Timeliness.Early => "trước hạn",
        Timeliness.OnTime => "đúng hạn",
        Timeliness.Late => "quá hạn",
        _ => "—",
    };
}
