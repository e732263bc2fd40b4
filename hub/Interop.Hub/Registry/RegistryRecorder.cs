using Interop.Domain.Registry;
using System.Security.Cryptography;
using Interop.Protos.Registry.V1;
using Interop.Store;

namespace Interop.Hub.Registry;

/// <summary>Records a validated registry in the store (a changed one becomes a new version) and puts the recorded version in force.</summary>
internal sealed class RegistryRecorder(IRegistryStore store, RegistryHolder holder, TimeProvider time, ILogger<RegistryRecorder> logger)
{
    public async Task<RegistryView> PutInForceAsync(RegistrySnapshot snapshot, CancellationToken cancellationToken)
    {
        var content = RegistrySeed.Canonical(snapshot);
        var recorded = await store.RecordRegistryAsync(content, SHA256.HashData(content), time.GetUtcNow(), cancellationToken);
        var inForce = RegistrySnapshot.Parser.ParseFrom(recorded.Content);
        var registry = new RegistryView(inForce, recorded.Version, recorded.Digest, recorded.RecordedTime);
        holder.Set(registry);
        HubLog.RegistryLoaded(logger, recorded.Version, inForce.Agencies.Count, inForce.Procedures.Count, inForce.Members.Count);
        return registry;
    }
}
