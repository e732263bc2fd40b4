using System.Security.Cryptography;
using Interop.Store;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Registry;

/// <summary>
/// At start: reads and validates the seed, records it in the store (a changed seed becomes a new
/// version), and puts that version in force. The hub does not serve until this is done.
/// </summary>
internal sealed class RegistryStartup(IOptions<HubOptions> options, IDossierStore store, RegistryHolder holder, TimeProvider time, IHostEnvironment environment, ILogger<RegistryStartup> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var path = Path.IsPathRooted(options.Value.SeedFile) ? options.Value.SeedFile : Path.Combine(environment.ContentRootPath, options.Value.SeedFile);
        var snapshot = RegistrySeed.Load(path);
        var problems = RegistryValidator.Problems(snapshot);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"registry seed {path} is invalid:\n  " + string.Join("\n  ", problems));
        }

        var content = RegistrySeed.Canonical(snapshot);
        var recorded = await store.RecordRegistryAsync(content, SHA256.HashData(content), time.GetUtcNow(), cancellationToken);
        var inForce = Protos.Registry.V1.RegistrySnapshot.Parser.ParseFrom(recorded.Content);
        holder.Set(new HubRegistry(inForce, recorded.Version, recorded.Digest, recorded.RecordedTime));
        HubLog.RegistryLoaded(logger, recorded.Version, inForce.Agencies.Count, inForce.Procedures.Count, inForce.Members.Count);
    }
}
