namespace Interop.Bench.Hosts;

/// <summary>A running hub and its data directory, which goes when the hub does.</summary>
internal sealed class HubOnDisk(ChildServer hub, string directory) : IAsyncDisposable
{
    public ChildServer Hub { get; private set; } = hub;

    public string Directory { get; } = directory;

    /// <summary>Replaces the hub (after a restart on the same directory).</summary>
    public void Restarted(ChildServer hub) => Hub = hub;

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        DataDirectories.Remove(Directory);
    }
}
