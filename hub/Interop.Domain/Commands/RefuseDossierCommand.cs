using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Refuses a dossier at reception (event refused).</summary>
public sealed class RefuseDossierCommand(RefuseDossierRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Refused;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Required(request.Reason, "reason", violations);
        InputChecks.Documents(request.Documents, "documents", violations);
    }

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { Refused = new Refused { Reason = request.Reason, Documents = { request.Documents } } });
}
