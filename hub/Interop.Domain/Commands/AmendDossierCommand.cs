using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Commands;

/// <summary>Amends the dossier's input fields named by a field mask (event amended).</summary>
public sealed class AmendDossierCommand(AmendDossierRequest request) : DossierCommand(request, request?.Context)
{
    private static readonly HashSet<string> AmendablePaths = new(StringComparer.Ordinal)
    {
        "details.procedure.case_code", "details.documents", "details.papers", "details.summary", "details.subject_place",
        "details.delivery", "details.other_codes", "details.vendor_attributes", "details.note",
        "personal_data.owner", "personal_data.submitter", "personal_data.form_data", "personal_data.postal_recipient",
    };

    public override EventType Type => EventType.Amended;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Required(request.Reason, "reason", violations);
        if (request.UpdateMask is null || request.UpdateMask.Paths.Count == 0)
        {
            violations.Add(new FieldViolation("update_mask", "name the fields to amend"));
        }
        else
        {
            violations.AddRange(request.UpdateMask.Paths
                .Where(p => !AmendablePaths.Contains(p))
                .Select(p => new FieldViolation("update_mask", $"'{p}' is not an amendable input field", ErrorReason.UpdateMaskInvalid)));
        }

        InputChecks.Details(request.Dossier?.Details, "dossier.details", violations);
        InputChecks.Personal(request.Dossier?.PersonalData, "dossier.personal_data", violations);
    }

    protected override Built Build(CommandScope scope)
    {
        // A mask naming personal fields with no new values clears them: the event still has a personal part.
        var personal = Reception.PersonalOf(request.Dossier)
            ?? (request.UpdateMask.Paths.Any(p => p.StartsWith("personal_data.", StringComparison.Ordinal)) ? new PersonalData() : null);
        return new CommandPayload(
            new EventBody { Amended = new Amended { Details = request.Dossier?.Details ?? new DossierDetails(), UpdateMask = request.UpdateMask, Reason = request.Reason } },
            personal);
    }
}
