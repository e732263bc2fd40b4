using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The holder recalls a wrong result (event result_recalled): processing resumes against the same appointment.</summary>
public sealed class RecallResultCommand(RecallResultRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.ResultRecalled;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
        => InputChecks.Required(request.Reason, "reason", violations);

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { ResultRecalled = new ResultRecalled { Reason = request.Reason } });
}
