using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Decisions;

/// <summary>What a command sees while it builds the event the lifecycle allowed.</summary>
/// <param name="Registry">The registry in force.</param>
/// <param name="Caller">The authenticated member.</param>
/// <param name="DossierId">The dossier.</param>
/// <param name="State">Its state before the event (null for a new dossier).</param>
/// <param name="ActingAgencyId">The agency the member acts for.</param>
/// <param name="Claimed">The claimed time, within its bounds: every computation uses it.</param>
/// <param name="Target">The status after the event.</param>
public sealed record CommandScope(RegistryView Registry, Caller Caller, string DossierId, Dossier? State, string ActingAgencyId, DateTimeOffset Claimed, DossierStatus Target)
{
    /// <summary>The state of an existing dossier.</summary>
    public Dossier Existing => State ?? throw new InvalidOperationException("the command changes an existing dossier");
}
