using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

public static partial class DossierFold
{
    private static void ApplyHandoverOffered(Dossier next, EventBody body, HandoverOffered offered)
    {
        var handover = new Handover
        {
            Id = offered.HandoverId,
            FromAgency = body.Actor?.Agency?.Clone(),
            ToAgency = offered.ToAgency?.Clone(),
            Status = HandoverStatus.Offered,
            IsHandBack = offered.IsHandBack,
            OfferedBy = body.Actor?.Officer?.Clone(),
            OfferedTime = body.ClaimedTime,
            StepLimit = offered.StepLimit?.Clone(),
            Deadline = offered.Deadline,
            Note = offered.Note,
            ToOfficer = offered.ToOfficer?.Clone(),
        };
        handover.Documents.Add(offered.Documents);
        next.Custody.Handovers.Add(handover);
    }

    private static void ApplyHandoverAccepted(Dossier next, EventBody body, HandoverAccepted accepted)
    {
        var handover = Pending(next, accepted.HandoverId, body);
        handover.Status = HandoverStatus.Accepted;
        handover.SettledBy = body.Actor?.Officer?.Clone();
        handover.SettledTime = body.ClaimedTime;

        // The giving agency's own step ends when its offer is taken (a resolution before it is overridden).
        var givingStep = LastAcceptedStepOf(next, handover.FromAgency?.AgencyId, except: handover);
        if (givingStep is not null)
        {
            givingStep.CompletedTime = handover.OfferedTime;
        }

        next.Custody.HolderAgency = handover.ToAgency?.Clone();
        AddPastHolder(next, handover.ToAgency);
        next.Times.FirstHandoverTime ??= handover.OfferedTime;
    }

    private static void Settle(Dossier next, EventBody body, string handoverId, HandoverStatus status, string reason)
    {
        var handover = Pending(next, handoverId, body);
        handover.Status = status;
        handover.SettledBy = body.Actor?.Officer?.Clone();
        handover.SettledTime = body.ClaimedTime;
        handover.Reason = reason;
    }

    private static void ApplyConsultationRequested(Dossier next, EventBody body, ConsultationRequested requested)
    {
        var consultation = new Consultation
        {
            Id = requested.ConsultationId,
            RequestingAgency = body.Actor?.Agency?.Clone(),
            ConsultedAgency = requested.ConsultedAgency?.Clone(),
            Status = ConsultationStatus.Requested,
            Question = requested.Question,
            RequestedTime = body.ClaimedTime,
            Limit = requested.Limit?.Clone(),
            Deadline = requested.Deadline,
        };
        consultation.Documents.Add(requested.Documents);
        next.Custody.Consultations.Add(consultation);
    }

    private static void ApplyConsultationAnswered(Dossier next, EventBody body, ConsultationAnswered answered)
    {
        var consultation = next.Custody.Consultations.LastOrDefault(c => c.Id == answered.ConsultationId && c.Status == ConsultationStatus.Requested)
            ?? throw new InvalidOperationException($"event {body.Id}: no open consultation {answered.ConsultationId}");
        consultation.Status = ConsultationStatus.Answered;
        consultation.Answer = answered.Answer;
        consultation.AnsweredTime = body.ClaimedTime;
        consultation.Documents.Add(answered.Documents);
    }

    private static Handover Pending(Dossier next, string handoverId, EventBody body)
        => next.Custody.Handovers.LastOrDefault(h => h.Status == HandoverStatus.Offered && (handoverId.Length == 0 || h.Id == handoverId))
            ?? throw new InvalidOperationException($"event {body.Id}: no pending hand-over {handoverId}");

    private static Handover? LastAcceptedStepOf(Dossier next, string? agencyId, Handover? except = null)
        => next.Custody.Handovers.LastOrDefault(h => h != except && h.Status == HandoverStatus.Accepted && h.ToAgency?.AgencyId == agencyId);
}
