namespace Interop.Adapters.FileDrop.Format;

/// <summary>
/// One dossier line of the desk software's export, field by field as it writes it (its column names
/// in brackets). Text is Unicode NFC here; the file holds it in TCVN3 or VNI.
/// </summary>
/// <param name="ReceiptNumber">[SoBienNhan] the desk's own receipt number, its identity of the dossier.</param>
/// <param name="Received">[NgayNhan dd/MM/yyyy, GioNhan HH:mm] when the desk received it, local time.</param>
/// <param name="Appointment">[NgayHenTra dd/MM/yyyy] the promised return date, when set.</param>
/// <param name="ProcedureCode">[MaTTHC] the national procedure code.</param>
/// <param name="CaseCode">[MaTruongHop] the procedure's case.</param>
/// <param name="OwnerName">[HoTenChuHoSo] the owner's name.</param>
/// <param name="OwnerIdNumber">[SoCMND] the owner's identity document number.</param>
/// <param name="OwnerAddress">[DiaChi] the owner's address, one line.</param>
/// <param name="CommuneCode">[MaXa] the commune of the matter (the 2025 unit code).</param>
/// <param name="Summary">[TrichYeu] the summary.</param>
/// <param name="OfficerCode">[MaCanBo] the officer's code in the desk software.</param>
/// <param name="Status">[TrangThai] the desk's status code.</param>
/// <param name="Updated">[NgayCapNhat dd/MM/yyyy HH:mm:ss] when the line last changed: the record's version.</param>
public sealed record DeskRecord(
    string ReceiptNumber,
    DateTime Received,
    DateOnly? Appointment,
    string ProcedureCode,
    string CaseCode,
    string OwnerName,
    string OwnerIdNumber,
    string OwnerAddress,
    string CommuneCode,
    string Summary,
    string OfficerCode,
    DeskStatus Status,
    DateTime Updated);
