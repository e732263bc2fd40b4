using Interop.Domain.Decisions;
using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The offered agency accepts the pending hand-over (event handover_accepted) and becomes the holder.</summary>
public sealed class AcceptHandoverCommand(AcceptHandoverRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.HandoverAccepted;

    public override string? ExistingDossierId => request.DossierId;

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Payload(new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = ActorRoles.PendingOffer(scope.Existing)?.Id ?? "", Note = request.Note } });
    }
}
