using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>Writes expected sheets literally; unset times stay unset.</summary>
internal static class Expected
{
    public static ControlSheetRow Row(
        AgencyRef agency,
        AgencyRef? handedOverBy,
        DateTimeOffset handedOver,
        DateTimeOffset? received,
        DateTimeOffset? deadline,
        DateTimeOffset? completed,
        Timeliness result,
        string note = "",
        Officer? giver = null,
        Officer? receiver = null) => new()
        {
            Agency = agency.Clone(),
            HandedOverBy = handedOverBy?.Clone(),
            HandedOverTime = DossierEvents.Ts(handedOver),
            ReceivedTime = received is { } r ? DossierEvents.Ts(r) : null,
            Deadline = deadline is { } d ? DossierEvents.Ts(d) : null,
            CompletedTime = completed is { } c ? DossierEvents.Ts(c) : null,
            Result = result,
            Note = note,
            Giver = giver?.Clone(),
            Receiver = receiver?.Clone(),
        };

    public static ControlSheet Sheet(
        string dossierId, string nationalCode, DateTimeOffset received, DateTimeOffset appointment, Timeliness result,
        params ControlSheetRow[] rows)
    {
        var sheet = new ControlSheet
        {
            DossierId = dossierId,
            NationalCode = nationalCode,
            ReceivedTime = DossierEvents.Ts(received),
            Appointment = DossierEvents.Ts(appointment),
            Result = result,
        };
        sheet.Rows.AddRange(rows);
        return sheet;
    }
}
