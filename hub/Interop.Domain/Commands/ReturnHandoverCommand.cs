using Interop.Domain.Decisions;
using Interop.Domain.Lifecycle;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The offered agency returns the pending hand-over with a reason (event handover_returned).</summary>
public sealed class ReturnHandoverCommand(ReturnHandoverRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.HandoverReturned;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
        => InputChecks.Required(request.Reason, "reason", violations);

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Payload(new EventBody { HandoverReturned = new HandoverReturned { HandoverId = ActorRoles.PendingOffer(scope.Existing)?.Id ?? "", Reason = request.Reason } });
    }
}
