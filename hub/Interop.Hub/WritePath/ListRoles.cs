using Interop.Hub.Storage;
using Interop.Protos.Dossier.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>The agency roles a dossier is listed under (wire numbers of DossierRole); ever-held roles stay once written.</summary>
internal static class ListRoles
{
    public static IReadOnlyList<AgencyRole> Of(Dossier dossier)
    {
        var custody = dossier.Custody;
        var roles = new List<AgencyRole>();
        Add(roles, custody?.HolderAgency?.AgencyId, DossierRole.Holder);
        Add(roles, custody?.ReceivingAgency?.AgencyId, DossierRole.Receiving);
        Add(roles, custody?.CompetentAgency?.AgencyId, DossierRole.Competent);
        foreach (var agency in custody?.PastHolders ?? [])
        {
            Add(roles, agency.AgencyId, DossierRole.EverHeld);
        }

        Add(roles, custody?.HolderAgency?.AgencyId, DossierRole.EverHeld);
        foreach (var other in Rights.AgenciesOf(dossier))
        {
            Add(roles, other, DossierRole.Unspecified);
        }

        return roles;
    }

    private static void Add(List<AgencyRole> roles, string? agencyId, DossierRole role)
    {
        if (!string.IsNullOrEmpty(agencyId) && !roles.Contains(new AgencyRole(agencyId, StoreValues.ToStore(role))))
        {
            roles.Add(new AgencyRole(agencyId, StoreValues.ToStore(role)));
        }
    }
}
