using Interop.Hub.Errors;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Commands;

/// <summary>Records a dossier filed online and not yet received (event filed).</summary>
internal sealed class FileDossierCommand(FileDossierRequest request) : DossierCommand(request, request.Context)
{
    private string ReceivingAgencyId => request.ReceivingAgencyId.Length > 0 ? request.ReceivingAgencyId : Context.ActingAgencyId;

    public override EventType Type => EventType.Filed;

    public override string? ExistingDossierId => null;

    public override bool ActingAgencyReceivesIt => ReceivingAgencyId == Context.ActingAgencyId;

    public override void Validate(CommandScope scope, List<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Reception.CheckInput(scope.Registry, request.VendorCode, request.Dossier, isNew: true, violations);
        if (scope.Registry.Agency(ReceivingAgencyId) is null)
        {
            violations.Add(new FieldViolation("receiving_agency_id", "no such agency in the registry", Protos.Error.V1.ErrorReason.AgencyUnknown));
        }
    }

    public override ValueTask<Built> BuildAsync(CommandScope scope, Dossier? state, DossierStatus target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var details = request.Dossier?.Details?.Clone() ?? new DossierDetails();
        var choice = ProcedureChoice.Resolve(scope.Registry, details.Procedure, scope.Claimed, "dossier.details.procedure");
        details.Procedure = choice.Filled();
        if (details.CompetentAgency?.AgencyId is { Length: > 0 })
        {
            // A named competent agency reads the dossier from now on: it must be competent for the procedure, as at receipt.
            Reception.Competent(scope.Registry, choice, details, ReceivingAgencyId);
        }

        var filed = new Filed
        {
            Details = details,
            VendorCode = new VendorCode { MemberId = scope.Caller.MemberId, Code = request.VendorCode },
            ReceivingAgency = Reception.Ref(scope.Registry, ReceivingAgencyId),
            ReceptionDeadline = request.ReceptionDeadline,
        };
        var personal = request.Dossier?.PersonalData is { } p && p.CalculateSize() > 0 ? p : null;
        return ValueTask.FromResult(new Built(new EventBody { Filed = filed }, personal, [Reception.VendorClaim(scope.Caller.MemberId, request.VendorCode)]));
    }
}
