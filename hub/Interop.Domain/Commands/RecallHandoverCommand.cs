using Interop.Domain.Decisions;
using Interop.Domain.Lifecycle;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The offering agency recalls its pending hand-over (event handover_recalled).</summary>
public sealed class RecallHandoverCommand(RecallHandoverRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.HandoverRecalled;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
        => InputChecks.Required(request.Reason, "reason", violations);

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Payload(new EventBody { HandoverRecalled = new HandoverRecalled { HandoverId = ActorRoles.PendingOffer(scope.Existing)?.Id ?? "", Reason = request.Reason } });
    }
}
