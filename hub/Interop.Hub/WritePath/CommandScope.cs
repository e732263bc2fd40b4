using Interop.Hub.Identity;
using Interop.Hub.Registry;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>What a command sees while it runs: the caller, the registry in force, the store, the times and the dossier id.</summary>
internal sealed record CommandScope(Caller Caller, HubRegistry Registry, IClaimStore Store, DateTimeOffset Claimed, DateTimeOffset Recorded, string DossierId, string ActingAgencyId);
