using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Commands;

/// <summary>The holder consults another agency (event consultation_requested), with a deadline in that agency's working time.</summary>
public sealed class RequestConsultationCommand(RequestConsultationRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.ConsultationRequested;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Required(request.ConsultedAgencyId, "consulted_agency_id", violations);
        InputChecks.Required(request.Question, "question", violations);
        if (!Limits.IsComplete(request.Limit))
        {
            violations.Add(new FieldViolation("limit", "a limit with an amount and a unit is required"));
        }

        Limits.Check(request.Limit, "limit", violations);
        InputChecks.Documents(request.Documents, "documents", violations);
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Registry.Agency(request.ConsultedAgencyId) is null)
        {
            return Refusal.Invalid(ErrorReason.AgencyUnknown, "consulted_agency_id", "no such agency in the registry");
        }

        var (deadline, calendar) = Clocks.Deadline(scope.Registry, request.ConsultedAgencyId, scope.Claimed, request.Limit);
        return Payload(new EventBody
        {
            ConsultationRequested = new ConsultationRequested
            {
                ConsultationId = $"c-{scope.Existing.Version + 1}",
                ConsultedAgency = Reception.Ref(scope.Registry, request.ConsultedAgencyId),
                Question = request.Question,
                Limit = request.Limit,
                Deadline = deadline,
                CalendarVersion = calendar,
                Documents = { request.Documents },
            },
        });
    }
}
