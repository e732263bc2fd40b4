using Interop.Hub.Registry;
using Interop.Store;

namespace Interop.Hub.Services;

/// <summary>Opens the store and puts the registry in force before the hub serves.</summary>
internal sealed class HubStartup(IStoreEngine store, RegistryStartup registry) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.OpenAsync(cancellationToken);
        await registry.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
