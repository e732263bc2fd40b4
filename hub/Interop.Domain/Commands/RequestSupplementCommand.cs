using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Asks the citizen for a supplement (event supplement_requested): in the reception phase from SUBMITTED, else pausing the clock.</summary>
public sealed class RequestSupplementCommand(RequestSupplementRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.SupplementRequested;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
        => InputChecks.Required(request.Reason, "reason", violations);

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var state = scope.Existing;
        return Payload(new EventBody
        {
            SupplementRequested = new SupplementRequested
            {
                SupplementId = $"s-{state.Version + 1}",
                Phase = state.Status == DossierStatus.Submitted ? SupplementPhase.Reception : SupplementPhase.Processing,
                Reason = request.Reason,
                Content = request.Content,
                ComponentCodes = { request.ComponentCodes },
                CitizenDeadline = request.CitizenDeadline,
            },
        });
    }
}
