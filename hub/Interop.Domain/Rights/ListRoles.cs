using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Rights;

/// <summary>The agency roles a dossier is listed under; ever-held roles stay once written (the store keeps them).</summary>
public static class ListRoles
{
    /// <summary>The roles of a dossier's state: holder, receiving, competent, ever held, and every other reader.</summary>
    public static IReadOnlyList<ListedAgency> Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var custody = dossier.Custody;
        var roles = new List<ListedAgency>();
        Add(roles, custody?.HolderAgency?.AgencyId, DossierRole.Holder);
        Add(roles, custody?.ReceivingAgency?.AgencyId, DossierRole.Receiving);
        Add(roles, custody?.CompetentAgency?.AgencyId, DossierRole.Competent);
        foreach (var agency in custody?.PastHolders ?? [])
        {
            Add(roles, agency.AgencyId, DossierRole.EverHeld);
        }

        Add(roles, custody?.HolderAgency?.AgencyId, DossierRole.EverHeld);
        foreach (var other in ReadRights.AgenciesOf(dossier))
        {
            Add(roles, other, DossierRole.Unspecified);
        }

        return roles;
    }

    private static void Add(List<ListedAgency> roles, string? agencyId, DossierRole role)
    {
        if (!string.IsNullOrEmpty(agencyId) && !roles.Contains(new ListedAgency(agencyId, role)))
        {
            roles.Add(new ListedAgency(agencyId, role));
        }
    }
}
