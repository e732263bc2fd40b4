using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Suspends processing (event suspended), pausing the clock.</summary>
public sealed class SuspendDossierCommand(SuspendDossierRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Suspended;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
        => InputChecks.Required(request.Reason, "reason", violations);

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { Suspended = new Suspended { Reason = request.Reason } });
}
