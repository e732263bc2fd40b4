namespace Interop.Hub.Keys;

/// <summary>Loads (or, on the first start, makes) the hub's key before anything opens the store.</summary>
internal sealed class HubKeyStartup(HubSigningKey key) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        key.Load();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
