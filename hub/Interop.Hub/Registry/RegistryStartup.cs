using Microsoft.Extensions.Options;

namespace Interop.Hub.Registry;

/// <summary>
/// At start: reads and validates the seed, records it in the store (a changed seed becomes a new
/// version), and puts that version in force. The hub does not serve until this is done.
/// </summary>
internal sealed class RegistryStartup(IOptions<HubOptions> options, RegistryRecorder recorder, IHostEnvironment environment)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var path = RegistrySeed.PathOf(options.Value.SeedFile, environment.ContentRootPath);
        var snapshot = RegistrySeed.Load(path);
        var problems = RegistryValidator.Problems(snapshot);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"registry seed {path} is invalid:\n  " + string.Join("\n  ", problems));
        }

        await recorder.PutInForceAsync(snapshot, cancellationToken);
    }
}
