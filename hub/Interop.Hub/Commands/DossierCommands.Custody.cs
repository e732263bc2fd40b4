using Interop.Domain.Lifecycle;
using Interop.Hub.Errors;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Commands;

internal static partial class DossierCommands
{
    public static DossierCommand OfferHandover(OfferHandoverRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.HandoverOffered,
        (scope, state, _) =>
        {
            if (scope.Registry.Agency(r.ToAgencyId) is null)
            {
                throw Fail.Invalid(Protos.Error.V1.ErrorReason.AgencyUnknown, "to_agency_id", "no such agency in the registry");
            }

            if (r.ToAgencyId == scope.ActingAgencyId)
            {
                throw Fail.Field("to_agency_id", "an agency does not hand a dossier over to itself");
            }

            var limit = Limits.IsComplete(r.StepLimit)
                ? r.StepLimit
                : Clocks.RequireLimit(state.Custody.Route.FirstOrDefault(s => s.Agency?.AgencyId == r.ToAgencyId)?.Limit, "step_limit");
            var (deadline, calendar) = Clocks.Deadline(scope, r.ToAgencyId, limit);
            return Payload(new EventBody
            {
                HandoverOffered = new HandoverOffered
                {
                    HandoverId = $"h-{state.Version + 1}",
                    ToAgency = Reception.Ref(scope.Registry, r.ToAgencyId),
                    StepLimit = limit,
                    Deadline = deadline,
                    CalendarVersion = calendar,
                    IsHandBack = r.IsHandBack,
                    Note = r.Note,
                    Documents = { r.Documents },
                    ToOfficer = r.ToOfficer,
                },
            });
        },
        v =>
        {
            InputChecks.Required(r.ToAgencyId, "to_agency_id", v);
            Limits.Check(r.StepLimit, "step_limit", v);
            Docs(r.Documents, "documents", v);
        });

    public static DossierCommand AcceptHandover(AcceptHandoverRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.HandoverAccepted,
        (_, state, _) => Payload(new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = ActorRoles.PendingOffer(state)?.Id ?? "", Note = r.Note } }));

    public static DossierCommand ReturnHandover(ReturnHandoverRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.HandoverReturned,
        (_, state, _) => Payload(new EventBody { HandoverReturned = new HandoverReturned { HandoverId = ActorRoles.PendingOffer(state)?.Id ?? "", Reason = r.Reason } }),
        v => InputChecks.Required(r.Reason, "reason", v));

    public static DossierCommand RecallHandover(RecallHandoverRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.HandoverRecalled,
        (_, state, _) => Payload(new EventBody { HandoverRecalled = new HandoverRecalled { HandoverId = ActorRoles.PendingOffer(state)?.Id ?? "", Reason = r.Reason } }),
        v => InputChecks.Required(r.Reason, "reason", v));

    public static DossierCommand RequestConsultation(RequestConsultationRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.ConsultationRequested,
        (scope, state, _) =>
        {
            if (scope.Registry.Agency(r.ConsultedAgencyId) is null)
            {
                throw Fail.Invalid(Protos.Error.V1.ErrorReason.AgencyUnknown, "consulted_agency_id", "no such agency in the registry");
            }

            var limit = Clocks.RequireLimit(r.Limit, "limit");
            var (deadline, calendar) = Clocks.Deadline(scope, r.ConsultedAgencyId, limit);
            return Payload(new EventBody
            {
                ConsultationRequested = new ConsultationRequested
                {
                    ConsultationId = $"c-{state.Version + 1}",
                    ConsultedAgency = Reception.Ref(scope.Registry, r.ConsultedAgencyId),
                    Question = r.Question,
                    Limit = limit,
                    Deadline = deadline,
                    CalendarVersion = calendar,
                    Documents = { r.Documents },
                },
            });
        },
        v =>
        {
            InputChecks.Required(r.ConsultedAgencyId, "consulted_agency_id", v);
            InputChecks.Required(r.Question, "question", v);
            if (!Limits.IsComplete(r.Limit))
            {
                v.Add(new FieldViolation("limit", "a limit with an amount and a unit is required"));
            }

            Limits.Check(r.Limit, "limit", v);

            Docs(r.Documents, "documents", v);
        });

    public static DossierCommand AnswerConsultation(AnswerConsultationRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.ConsultationAnswered,
        (_, _, _) => Payload(new EventBody { ConsultationAnswered = new ConsultationAnswered { ConsultationId = r.ConsultationId, Answer = r.Answer, Documents = { r.Documents } } }),
        v =>
        {
            InputChecks.Required(r.ConsultationId, "consultation_id", v);
            InputChecks.Required(r.Answer, "answer", v);
            Docs(r.Documents, "documents", v);
        },
        (_, _) => new TransitionFacts(ConsultationId: r.ConsultationId));
}
