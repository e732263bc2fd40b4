using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>Decides whether an event may happen to a dossier now, by the transition table.</summary>
public static class Lifecycle
{
    /// <summary>Decides an event for a dossier (null before its first event).</summary>
    /// <param name="dossier">The dossier's state, or null for a new dossier.</param>
    /// <param name="type">The proposed event.</param>
    /// <param name="roles">What the acting agency is to the dossier (<see cref="ActorRoles"/>).</param>
    /// <param name="facts">Facts some rows need.</param>
    public static LifecycleDecision Decide(Dossier? dossier, EventType type, ActorRole roles, TransitionFacts? facts = null)
    {
        facts ??= TransitionFacts.None;
        var from = dossier?.Status ?? DossierStatus.Unspecified;
        if (TransitionTable.Terminal.Contains(from) && type != EventType.Note)
        {
            return LifecycleDecision.Refuse(ErrorReason.DossierClosed, $"the dossier is closed ({from}); only notes are allowed");
        }

        var rows = TransitionTable.For(from, type).ToList();
        if (rows.Count == 0)
        {
            return LifecycleDecision.Refuse(ErrorReason.LifecycleTransitionRefused, $"{type} is not allowed in status {from}");
        }

        var possible = rows.Where(r => Holds(r.Precondition, dossier, facts)).ToList();
        if (possible.Count == 0)
        {
            return LifecycleDecision.Refuse(ErrorReason.LifecycleTransitionRefused, $"{type} needs {Describe(rows[0].Precondition)}");
        }

        var row = possible.FirstOrDefault(r => r.Allows(roles));
        return row is null
            ? LifecycleDecision.Refuse(ErrorReason.ActorNotAllowed, $"the acting agency may not cause {type} now")
            : LifecycleDecision.Allow(row, TargetOf(row, dossier));
    }

    /// <summary>The status an allowed row leads to from a dossier's state.</summary>
    public static DossierStatus TargetOf(Transition row, Dossier? dossier)
    {
        ArgumentNullException.ThrowIfNull(row);
        var from = dossier?.Status ?? DossierStatus.Unspecified;
        var resumeTo = dossier is { ResumeStatuses.Count: > 0 } ? dossier.ResumeStatuses[^1] : DossierStatus.Unspecified;
        return row.Rule switch
        {
            TargetRule.Fixed => row.To,
            TargetRule.Unchanged => from,
            TargetRule.Previous => resumeTo,
            TargetRule.ProcessingIfReceived => from == DossierStatus.Received ? DossierStatus.Processing : from,
            TargetRule.RefusedIfFromSubmittedElseSuspended => resumeTo == DossierStatus.Submitted ? DossierStatus.Refused : DossierStatus.Suspended,
            _ => throw new InvalidOperationException($"unknown target rule {row.Rule}"),
        };
    }

    private static bool Holds(Precondition precondition, Dossier? dossier, TransitionFacts facts) => precondition switch
    {
        Precondition.None => true,
        Precondition.PendingOffer => dossier is not null && ActorRoles.PendingOffer(dossier) is not null,
        Precondition.NoPendingOffer => dossier is null || ActorRoles.PendingOffer(dossier) is null,
        Precondition.OpenConsultation => dossier?.Custody?.Consultations.Any(c => c.Id == facts.ConsultationId && c.Status == ConsultationStatus.Requested) == true,
        Precondition.DeskResolvesProcedure => facts.DeskResolvesProcedure,
        _ => false,
    };

    private static string Describe(Precondition precondition) => precondition switch
    {
        Precondition.PendingOffer => "a pending hand-over offer",
        Precondition.NoPendingOffer => "no pending hand-over offer (one offer at a time)",
        Precondition.OpenConsultation => "an open consultation with that id",
        Precondition.DeskResolvesProcedure => "a procedure case the desk resolves itself",
        _ => "nothing more",
    };
}
