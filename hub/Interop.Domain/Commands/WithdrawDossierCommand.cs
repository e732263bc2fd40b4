using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Withdraws a dossier on the citizen's request (event withdrawn).</summary>
public sealed class WithdrawDossierCommand(WithdrawDossierRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Withdrawn;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
        => InputChecks.Required(request.Reason, "reason", violations);

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { Withdrawn = new Withdrawn { Reason = request.Reason } });
}
