using System.Globalization;
using Interop.Adapters.Sdk.Mapping;

namespace Interop.Adapters.FileDrop.Format;

/// <summary>
/// The columns of the desk software's dossier line, in order, with their widths in the fixed-width
/// variant (in bytes of the legacy encoding, as the software counts them), and the line's text forms:
/// dates <c>dd/MM/yyyy</c>, times <c>HH:mm</c>, the version <c>dd/MM/yyyy HH:mm:ss</c>, status digits.
/// </summary>
internal static class DeskColumns
{
    public static readonly (string Name, int Width)[] All =
    [
        ("SoBienNhan", 20), ("NgayNhan", 10), ("GioNhan", 5), ("NgayHenTra", 10), ("MaTTHC", 20), ("MaTruongHop", 10),
        ("HoTenChuHoSo", 60), ("SoCMND", 12), ("DiaChi", 120), ("MaXa", 5), ("TrichYeu", 250), ("MaCanBo", 10),
        ("TrangThai", 2), ("NgayCapNhat", 19),
    ];

    private const string Date = "dd/MM/yyyy";
    private const string Time = "HH:mm";
    private const string Stamp = "dd/MM/yyyy HH:mm:ss";

    public static string[] TextOf(DeskRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return
        [
            record.ReceiptNumber,
            record.Received.ToString(Date, CultureInfo.InvariantCulture),
            record.Received.ToString(Time, CultureInfo.InvariantCulture),
            record.Appointment?.ToString(Date, CultureInfo.InvariantCulture) ?? "",
            record.ProcedureCode,
            record.CaseCode,
            record.OwnerName,
            record.OwnerIdNumber,
            record.OwnerAddress,
            record.CommuneCode,
            record.Summary,
            record.OfficerCode,
            ((int)record.Status).ToString(CultureInfo.InvariantCulture),
            record.Updated.ToString(Stamp, CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>The record of a line's decoded fields; a field that does not parse throws <see cref="MappingException"/> naming its column.</summary>
    public static DeskRecord RecordOf(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count != All.Length)
        {
            throw new MappingException(FileDropReasons.WrongFieldCount, "line", $"the line has {fields.Count} fields, the format {All.Length}");
        }

        var receipt = Required(fields, 0);
        var received = ParseDate(fields, 1).ToDateTime(ParseTime(fields, 2));
        var appointment = fields[3].Length == 0 ? (DateOnly?)null : ParseDate(fields, 3);
        var status = int.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined((DeskStatus)code)
            ? (DeskStatus)code
            : throw Invalid(12, "not a status code of the desk software (1 to 9)");
        var updated = DateTime.TryParseExact(fields[13], Stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)
            ? stamp
            : throw Invalid(13, $"not a time {Stamp}");
        return new DeskRecord(receipt, received, appointment, Required(fields, 4), fields[5], Required(fields, 6), fields[7], fields[8], fields[9], fields[10], fields[11], status, updated);
    }

    private static string Required(IReadOnlyList<string> fields, int column)
        => fields[column].Length > 0 ? fields[column] : throw new MappingException(FileDropReasons.FieldMissing, All[column].Name, $"{All[column].Name} is empty");

    private static DateOnly ParseDate(IReadOnlyList<string> fields, int column)
        => DateOnly.TryParseExact(fields[column], Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : throw Invalid(column, $"not a date {Date}");

    private static TimeOnly ParseTime(IReadOnlyList<string> fields, int column)
        => TimeOnly.TryParseExact(fields[column], Time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : throw Invalid(column, $"not a time {Time}");

    private static MappingException Invalid(int column, string what)
        => new(FileDropReasons.FieldInvalid, All[column].Name, $"{All[column].Name} is {what}");
}
