using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>Works out what an agency is to a dossier, for the table's "who" column.</summary>
public static class ActorRoles
{
    /// <summary>The roles of the agency creating a dossier.</summary>
    /// <param name="receivesIt">The acting agency is the desk the dossier is filed at or received by.</param>
    /// <param name="onlinePortal">The calling member is an online public-service portal.</param>
    public static ActorRole ForNewDossier(bool receivesIt, bool onlinePortal)
        => (receivesIt ? ActorRole.Desk : ActorRole.None) | (onlinePortal ? ActorRole.OnlinePortal : ActorRole.None);

    /// <summary>The roles of an agency towards an existing dossier.</summary>
    /// <param name="dossier">The dossier's state.</param>
    /// <param name="agencyId">The acting agency's e-ID.</param>
    /// <param name="consultationId">The consultation an answer refers to, if any.</param>
    public static ActorRole Of(Dossier dossier, string agencyId, string? consultationId = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var custody = dossier.Custody ?? new Custody();
        var roles = ActorRole.None;
        roles |= Is(custody.ReceivingAgency, agencyId) ? ActorRole.Desk : ActorRole.None;
        roles |= Is(custody.HolderAgency, agencyId) ? ActorRole.Holder | ActorRole.PastHolder : ActorRole.None;
        roles |= Is(custody.CompetentAgency, agencyId) ? ActorRole.Competent : ActorRole.None;
        roles |= Is(custody.ReturnAgency ?? custody.ReceivingAgency, agencyId) ? ActorRole.ReturnDesk : ActorRole.None;
        roles |= custody.PastHolders.Any(a => a.AgencyId == agencyId) ? ActorRole.PastHolder : ActorRole.None;
        var pending = PendingOffer(dossier);
        roles |= pending is not null && Is(pending.ToAgency, agencyId) ? ActorRole.OfferedTo : ActorRole.None;
        roles |= pending is not null && Is(pending.FromAgency, agencyId) ? ActorRole.Offerer : ActorRole.None;
        roles |= custody.Consultations.Any(c => c.Status == ConsultationStatus.Requested
            && Is(c.ConsultedAgency, agencyId)
            && (consultationId is null || c.Id == consultationId)) ? ActorRole.Consulted : ActorRole.None;
        return roles;
    }

    /// <summary>The pending hand-over offer, if any.</summary>
    public static Handover? PendingOffer(Dossier dossier)
        => dossier?.Custody?.Handovers.LastOrDefault(h => h.Status == HandoverStatus.Offered);

    private static bool Is(Interop.Protos.Type.V1.AgencyRef? agency, string agencyId) => agency is not null && agency.AgencyId == agencyId;
}
