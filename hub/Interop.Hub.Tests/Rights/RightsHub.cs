namespace Interop.Hub.Tests.Rights;

/// <summary>One hub for the rights tests.</summary>
public sealed class RightsHub : IAsyncLifetime
{
    internal HubProcess Hub { get; private set; } = null!;

    internal Members Members { get; private set; } = null!;

    internal Scenes Scenes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await HubProcess.StartAsync();
        Members = new Members(Hub);
        Scenes = new Scenes(Hub, Members);
    }

    public async Task DisposeAsync() => await Hub.DisposeAsync();
}
