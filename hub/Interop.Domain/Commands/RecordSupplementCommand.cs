using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Records the citizen's supplement (event supplemented): the clock resumes and the appointment moves by the paused working time.</summary>
public sealed class RecordSupplementCommand(RecordSupplementRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Supplemented;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Documents(request.Documents, "documents", violations);
        InputChecks.Fees(request.Fees, "fees", violations);
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var state = scope.Existing;
        return Payload(new EventBody
        {
            Supplemented = new Supplemented
            {
                SupplementId = state.Supplements.LastOrDefault(s => s.Status == SupplementStatus.Requested)?.Id ?? "",
                Documents = { request.Documents },
                Fees = { request.Fees },
                ReceptionNote = request.ReceptionNote,
                Resumption = Clocks.Resumption(scope.Registry, state, scope.Target, scope.Claimed),
                SuppliedTime = request.SuppliedTime,
            },
        });
    }
}
