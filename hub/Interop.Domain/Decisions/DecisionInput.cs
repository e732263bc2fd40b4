using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Decisions;

/// <summary>What a decision reads: the registry in force, the caller, the dossier (its id, and its state or none) and the hub's clock.</summary>
/// <param name="Registry">The registry version in force for this call.</param>
/// <param name="Caller">The authenticated member.</param>
/// <param name="DossierId">The dossier the command changes or creates.</param>
/// <param name="State">Its stored state, or null when it does not exist.</param>
/// <param name="Recorded">The hub's time of recording.</param>
public sealed record DecisionInput(RegistryView Registry, Caller Caller, string DossierId, Dossier? State, DateTimeOffset Recorded);
