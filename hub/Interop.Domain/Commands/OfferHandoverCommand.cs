using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Commands;

/// <summary>Offers the dossier to another agency (event handover_offered), with the step's deadline in that agency's working time.</summary>
public sealed class OfferHandoverCommand(OfferHandoverRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.HandoverOffered;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Required(request.ToAgencyId, "to_agency_id", violations);
        Limits.Check(request.StepLimit, "step_limit", violations);
        InputChecks.Documents(request.Documents, "documents", violations);
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var state = scope.Existing;
        if (scope.Registry.Agency(request.ToAgencyId) is null)
        {
            return Refusal.Invalid(ErrorReason.AgencyUnknown, "to_agency_id", "no such agency in the registry");
        }

        if (request.ToAgencyId == scope.ActingAgencyId)
        {
            return Refusal.Field("to_agency_id", "an agency does not hand a dossier over to itself");
        }

        // Without a limit of its own, the step takes the route's limit for the receiving agency.
        var limit = Limits.IsComplete(request.StepLimit)
            ? request.StepLimit
            : state.Custody.Route.FirstOrDefault(s => s.Agency?.AgencyId == request.ToAgencyId)?.Limit;
        if (!Limits.IsComplete(limit))
        {
            return Refusal.Field("step_limit", "a limit with an amount and a unit is required");
        }

        var (deadline, calendar) = Clocks.Deadline(scope.Registry, request.ToAgencyId, scope.Claimed, limit!);
        return Payload(new EventBody
        {
            HandoverOffered = new HandoverOffered
            {
                HandoverId = $"h-{state.Version + 1}",
                ToAgency = Reception.Ref(scope.Registry, request.ToAgencyId),
                StepLimit = limit!.Clone(),
                Deadline = deadline,
                CalendarVersion = calendar,
                IsHandBack = request.IsHandBack,
                Note = request.Note,
                Documents = { request.Documents },
                ToOfficer = request.ToOfficer,
            },
        });
    }
}
