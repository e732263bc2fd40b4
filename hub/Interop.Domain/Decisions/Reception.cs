using Interop.Domain.Identifiers;
using Interop.Domain.Registry;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Decisions;

/// <summary>What filing and receiving share: input checks, competence, the route and agency references.</summary>
internal static class Reception
{
    public static void CheckInput(RegistryView registry, string vendorCode, DossierInput? dossier, bool isNew, List<FieldViolation> violations)
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

    /// <summary>The competent agency: the one named (it must be competent for the version), else the desk when competent, else the version's first.</summary>
    public static string? Competent(ProcedureChoice choice, DossierDetails details, string deskId, out Refusal? refusal)
    {
        refusal = null;
        var named = details.CompetentAgency?.AgencyId;
        if (!string.IsNullOrEmpty(named))
        {
            if (choice.Version.CompetentAgencyIds.Contains(named))
            {
                return named;
            }

            refusal = Refusal.Field("dossier.details.competent_agency.agency_id", "the agency is not competent for this procedure version");
            return null;
        }

        return choice.Version.CompetentAgencyIds.Contains(deskId) ? deskId : choice.Version.CompetentAgencyIds[0];
    }

    public static IEnumerable<RouteStep> Route(RegistryView registry, ProcedureChoice choice, string deskId, string competentId)
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

    public static AgencyRef Ref(RegistryView registry, string agencyId)
        => new() { AgencyId = agencyId, Name = registry.Agency(agencyId)?.Name ?? "" };

    /// <summary>The filed input's personal data, or null when it carries none.</summary>
    public static PersonalData? PersonalOf(DossierInput? dossier)
        => dossier?.PersonalData is { } personal && personal.CalculateSize() > 0 ? personal : null;
}
