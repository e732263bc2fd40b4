using System.Collections.Immutable;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Lifecycle.ActorRole;
using E = Interop.Protos.Dossier.V1.EventType;
using S = Interop.Protos.Dossier.V1.DossierStatus;

namespace Interop.Domain.Lifecycle;

/// <summary>The transition table of the standard (DESIGN.md §3, STANDARD.md LC-3), as data.</summary>
public static class TransitionTable
{
    /// <summary>Terminal statuses: they take only notes.</summary>
    public static readonly ImmutableHashSet<DossierStatus> Terminal = [S.Refused, S.Withdrawn, S.Returned];

    /// <summary>Every row. A (status, event) cell not covered by a row is refused.</summary>
    public static readonly ImmutableArray<Transition> Rows =
    [
        Row(E.Filed, [S.Unspecified], TargetRule.Fixed, S.Submitted, [Desk, OnlinePortal], ClockEffect.NotStarted),
        Row(E.Received, [S.Unspecified, S.Submitted], TargetRule.Fixed, S.Received, [Desk], ClockEffect.Starts),
        Row(E.Refused, [S.Submitted, S.Received], TargetRule.Fixed, S.Refused, [Desk], ClockEffect.Stops),
        Row(E.SupplementRequested, [S.Submitted], TargetRule.Fixed, S.AwaitingSupplement, [Desk], ClockEffect.NotStarted),
        Row(E.SupplementRequested, [S.Received, S.Processing], TargetRule.Fixed, S.AwaitingSupplement, [Desk, Holder], ClockEffect.Pauses),
        Row(E.Supplemented, [S.AwaitingSupplement], TargetRule.Previous, S.Unspecified, [Desk], ClockEffect.Resumes),
        Row(E.SupplementExpired, [S.AwaitingSupplement], TargetRule.RefusedIfFromSubmittedElseSuspended, S.Unspecified, [Desk, Holder], ClockEffect.Stops),
        Row(E.FeeRequested, [S.Received, S.Processing], TargetRule.Fixed, S.AwaitingFee, [Holder], ClockEffect.Pauses),
        Row(E.FeePaid, [S.AwaitingFee], TargetRule.Previous, S.Unspecified, [Holder, Desk], ClockEffect.Resumes),
        Row(E.HandoverOffered, [S.Received, S.Processing, S.Resolved], TargetRule.ProcessingIfReceived, S.Unspecified, [Holder], ClockEffect.RecordsStepDeadline, Precondition.NoPendingOffer),
        Row(E.HandoverAccepted, [S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Suspended, S.Resolved], TargetRule.Unchanged, S.Unspecified, [OfferedTo], ClockEffect.None, Precondition.PendingOffer),
        Row(E.HandoverReturned, [S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Suspended, S.Resolved], TargetRule.Unchanged, S.Unspecified, [OfferedTo], ClockEffect.None, Precondition.PendingOffer),
        Row(E.HandoverRecalled, [S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Suspended, S.Resolved], TargetRule.Unchanged, S.Unspecified, [Offerer], ClockEffect.None, Precondition.PendingOffer),
        Row(E.ConsultationRequested, [S.Processing], TargetRule.Unchanged, S.Unspecified, [Holder], ClockEffect.RecordsStepDeadline),
        Row(E.ConsultationAnswered, [S.Processing], TargetRule.Unchanged, S.Unspecified, [Consulted], ClockEffect.JudgesStep, Precondition.OpenConsultation),
        Row(E.Suspended, [S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee], TargetRule.Fixed, S.Suspended, [Holder], ClockEffect.Pauses),
        Row(E.Resumed, [S.Suspended], TargetRule.Previous, S.Unspecified, [Holder], ClockEffect.Resumes),
        Row(E.Withdrawn, [S.Submitted, S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Suspended], TargetRule.Fixed, S.Withdrawn, [Desk], ClockEffect.Stops),
        Row(E.Resolved, [S.Processing], TargetRule.Fixed, S.Resolved, [Holder | Competent], ClockEffect.StopsAndJudges),
        Row(E.Resolved, [S.Received], TargetRule.Fixed, S.Resolved, [Holder | Competent], ClockEffect.StopsAndJudges, Precondition.DeskResolvesProcedure),
        Row(E.ResultRecalled, [S.Resolved], TargetRule.Fixed, S.Processing, [Holder], ClockEffect.ResumesAgainstSameAppointment),
        Row(E.ResultReturned, [S.Resolved], TargetRule.Fixed, S.Returned, [ReturnDesk], ClockEffect.Stops),
        Row(E.AppointmentRescheduled, [S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Suspended], TargetRule.Unchanged, S.Unspecified, [Holder, Desk], ClockEffect.RecordsApology),
        Row(E.Amended, [S.Submitted, S.Received, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Suspended], TargetRule.Unchanged, S.Unspecified, [Holder, Desk], ClockEffect.None),
        Row(E.Note, [S.Submitted, S.Received, S.Refused, S.Processing, S.AwaitingSupplement, S.AwaitingFee, S.Withdrawn, S.Suspended, S.Resolved, S.Returned], TargetRule.Unchanged, S.Unspecified, [PastHolder], ClockEffect.None),
    ];

    /// <summary>The rows for an event whose "from" includes the status.</summary>
    public static IEnumerable<Transition> For(DossierStatus from, EventType type)
        => Rows.Where(r => r.Event == type && r.From.Contains(from));

    private static Transition Row(
        EventType type,
        DossierStatus[] from,
        TargetRule rule,
        DossierStatus to,
        ActorRole[] who,
        ClockEffect clock,
        Precondition precondition = Precondition.None)
        => new(type, [.. from], rule, to, [.. who], clock, precondition);
}
