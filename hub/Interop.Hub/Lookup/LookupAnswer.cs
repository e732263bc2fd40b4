using Interop.Protos.Dossier.V1;
using Interop.Protos.Lookup.V1;

namespace Interop.Hub.Lookup;

/// <summary>
/// What a citizen sees of a dossier: only the response's fields, never the personal data, form data,
/// officers or notes. The supplement's content (what to bring) is shown: officers must write there
/// what is missing, not who the citizen is (STANDARD.md LOOKUP-4).
/// </summary>
internal static class LookupAnswer
{
    public static LookupDossierStatusResponse Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var supplement = dossier.Status == DossierStatus.AwaitingSupplement
            ? dossier.Supplements.LastOrDefault(s => s.Status == SupplementStatus.Requested)
            : null;
        return new LookupDossierStatusResponse
        {
            NationalCode = dossier.NationalCode,
            ProcedureName = dossier.Details?.Procedure?.Name ?? "",
            Status = dossier.Status,
            HolderAgencyName = dossier.Custody?.HolderAgency?.Name ?? "",
            ReceivedTime = dossier.Times?.ReceivedTime?.Clone(),
            Appointment = (dossier.Clock?.RescheduledAppointment ?? dossier.Clock?.Appointment)?.Clone(),
            DeliveryStatus = dossier.Delivery?.Status ?? DeliveryStatus.Unspecified,
            SupplementRequested = dossier.Status == DossierStatus.AwaitingSupplement,
            SupplementContent = supplement?.Content ?? "",
        };
    }
}
