using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Commands;

/// <summary>Records a dossier filed online and not yet received (event filed).</summary>
public sealed class FileDossierCommand(FileDossierRequest request) : DossierCommand(request, request?.Context)
{
    private string ReceivingAgencyId => request.ReceivingAgencyId.Length > 0 ? request.ReceivingAgencyId : Context.ActingAgencyId;

    public override EventType Type => EventType.Filed;

    public override string? ExistingDossierId => null;

    protected override bool ActingAgencyReceivesIt => ReceivingAgencyId == Context.ActingAgencyId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Reception.CheckInput(registry, request.VendorCode, request.Dossier, isNew: true, violations);
        if (registry.Agency(ReceivingAgencyId) is null)
        {
            violations.Add(new FieldViolation("receiving_agency_id", "no such agency in the registry", ErrorReason.AgencyUnknown));
        }
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var details = request.Dossier?.Details?.Clone() ?? new DossierDetails();
        if (ProcedureChoice.Resolve(scope.Registry, details.Procedure, scope.Claimed, "dossier.details.procedure", out var unknown) is not { } choice)
        {
            return unknown!;
        }

        details.Procedure = choice.Filled();
        // A named competent agency reads the dossier from now on: it must be competent for the procedure, as at receipt.
        if (details.CompetentAgency?.AgencyId is { Length: > 0 } && Reception.Competent(choice, details, ReceivingAgencyId, out var notCompetent) is null)
        {
            return notCompetent!;
        }

        var filed = new Filed
        {
            Details = details,
            VendorCode = new VendorCode { MemberId = scope.Caller.MemberId, Code = request.VendorCode },
            ReceivingAgency = Reception.Ref(scope.Registry, ReceivingAgencyId),
            ReceptionDeadline = request.ReceptionDeadline,
        };
        return new CommandPayload(
            new EventBody { Filed = filed },
            Reception.PersonalOf(request.Dossier),
            [UniqueKey.VendorCode(scope.Caller.MemberId, request.VendorCode)]);
    }
}
