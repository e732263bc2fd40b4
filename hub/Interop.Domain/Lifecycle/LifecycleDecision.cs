using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>The lifecycle's answer to a proposed event: allowed with its row and target status, or refused with a reason.</summary>
public sealed record LifecycleDecision
{
    private LifecycleDecision(Transition? transition, DossierStatus target, ErrorReason reason, string message)
    {
        Transition = transition;
        Target = target;
        Reason = reason;
        Message = message;
    }

    /// <summary>Whether the event is allowed.</summary>
    public bool IsAllowed => Transition is not null;

    /// <summary>The row that allows it.</summary>
    public Transition? Transition { get; }

    /// <summary>The status after the event.</summary>
    public DossierStatus Target { get; }

    /// <summary>Why it is refused: LIFECYCLE_TRANSITION_REFUSED, DOSSIER_CLOSED or ACTOR_NOT_ALLOWED.</summary>
    public ErrorReason Reason { get; }

    /// <summary>A sentence for the caller, without personal data.</summary>
    public string Message { get; }

    internal static LifecycleDecision Allow(Transition transition, DossierStatus target) => new(transition, target, ErrorReason.Unspecified, "");

    internal static LifecycleDecision Refuse(ErrorReason reason, string message) => new(null, DossierStatus.Unspecified, reason, message);
}
