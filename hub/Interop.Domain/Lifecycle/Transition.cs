using System.Collections.Immutable;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>One row of the transition table: an event allowed from some statuses, by some agencies.</summary>
/// <param name="Event">The event.</param>
/// <param name="From">The statuses it is allowed from; <see cref="DossierStatus.Unspecified"/> means "no dossier yet".</param>
/// <param name="Rule">How the target status is found.</param>
/// <param name="To">The target of a <see cref="TargetRule.Fixed"/> rule.</param>
/// <param name="Who">Alternatives of roles the acting agency must have; each alternative needs all its flags.</param>
/// <param name="Clock">What it does to the clock.</param>
/// <param name="Precondition">What else it needs.</param>
public sealed record Transition(
    EventType Event,
    ImmutableArray<DossierStatus> From,
    TargetRule Rule,
    DossierStatus To,
    ImmutableArray<ActorRole> Who,
    ClockEffect Clock,
    Precondition Precondition = Precondition.None)
{
    /// <summary>Whether an agency with these roles may cause the event.</summary>
    public bool Allows(ActorRole roles) => Who.Any(required => (roles & required) == required);
}
