using Interop.Domain.Identifiers;
using Interop.Hub.Errors;
using Interop.Hub.Registry;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;
using Interop.Store;

namespace Interop.Hub.Commands;

/// <summary>What filing and receiving share: input checks, competence, the route and references.</summary>
internal static class Reception
{
    public static void CheckInput(HubRegistry registry, string vendorCode, DossierInput? dossier, bool isNew, List<FieldViolation> violations)
    {
        if (VendorDossierCode.Parse(vendorCode).Error is { } error)
        {
            violations.Add(new FieldViolation("vendor_code", $"{error.Code}: {error.Message}"));
        }

        // The return desk gets the right to return the result: it must be an agency of the registry.
        if (dossier?.Details?.ReturnAgency?.AgencyId is { Length: > 0 } back && registry.Agency(back) is null)
        {
            violations.Add(new FieldViolation("dossier.details.return_agency.agency_id", "no such agency in the registry", ErrorReason.AgencyUnknown));
        }

        InputChecks.Details(dossier?.Details, "dossier.details", violations);
        InputChecks.Personal(dossier?.PersonalData, "dossier.personal_data", violations);
        if (!isNew)
        {
            return;
        }

        if (dossier?.Details?.Channel is null or Channel.Unspecified)
        {
            violations.Add(new FieldViolation("dossier.details.channel", "required"));
        }

        if (string.IsNullOrWhiteSpace(dossier?.PersonalData?.Owner?.Name))
        {
            violations.Add(new FieldViolation("dossier.personal_data.owner.name", "required"));
        }
    }

    /// <summary>The filed details with the fields the desk set at reception laid over them.</summary>
    public static DossierDetails Merge(DossierDetails? filed, DossierDetails? overlay)
    {
        var merged = filed?.Clone() ?? new DossierDetails();
        if (overlay is null)
        {
            return merged;
        }

        foreach (var field in DossierDetails.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(overlay);
            var set = field.IsRepeated ? ((System.Collections.IList)value).Count > 0 : field.HasPresence ? field.Accessor.HasValue(overlay) : !Equals(value, field.Accessor.GetValue(new DossierDetails()));
            if (set && !field.IsRepeated)
            {
                field.Accessor.SetValue(merged, value);
            }
            else if (set)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(merged);
                list.Clear();
                foreach (var item in (System.Collections.IList)value)
                {
                    list.Add(item);
                }
            }
        }

        return merged;
    }

    /// <summary>The competent agency: the one named (it must be competent for the version), else the desk when competent, else the version's first.</summary>
    public static string Competent(HubRegistry registry, ProcedureChoice choice, DossierDetails details, string deskId)
    {
        var named = details.CompetentAgency?.AgencyId;
        if (!string.IsNullOrEmpty(named))
        {
            return choice.Version.CompetentAgencyIds.Contains(named)
                ? named
                : throw Fail.Field("dossier.details.competent_agency.agency_id", "the agency is not competent for this procedure version");
        }

        return choice.Version.CompetentAgencyIds.Contains(deskId) ? deskId : choice.Version.CompetentAgencyIds[0];
    }

    public static IEnumerable<RouteStep> Route(HubRegistry registry, ProcedureChoice choice, string deskId, string competentId)
        => choice.Case.Route.Select((step, i) => new RouteStep
        {
            Index = i + 1,
            Name = step.Name,
            Agency = Ref(registry, step.AgencyRole switch
            {
                StepAgencyRole.ReceivingDesk => deskId,
                StepAgencyRole.Competent => competentId,
                _ => step.AgencyId,
            }),
            Limit = step.Limit?.Clone(),
        });

    public static AgencyRef Ref(HubRegistry registry, string agencyId)
        => new() { AgencyId = agencyId, Name = registry.Agency(agencyId)?.Name ?? "" };

    public static Claim VendorClaim(string memberId, string vendorCode) => new(ClaimKind.VendorCode, $"{memberId}\u001f{vendorCode}");
}
