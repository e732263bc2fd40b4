namespace Interop.Hub.Tests.StoreHealth;

/// <summary>A real 8 MiB tmpfs to hold a hub's data directory, which a test fills up and frees again.</summary>
internal sealed class SmallTmpfs : IAsyncDisposable
{
    private const int Block = 64 * 1024;

    private readonly TempDirectory mountPoint;

    private SmallTmpfs(TempDirectory mountPoint) => this.mountPoint = mountPoint;

    public string Path => mountPoint.Path;

    private string Filler => System.IO.Path.Combine(Path, "filler");

    public static async Task<SmallTmpfs> MountAsync()
    {
        var mountPoint = new TempDirectory("interop-tmpfs-");
        try
        {
            await Mounts.RunAsync("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mountPoint.Path);
        }
        catch
        {
            mountPoint.Dispose();
            throw;
        }

        return new SmallTmpfs(mountPoint);
    }

    /// <summary>Writes a filler file until the file system answers ENOSPC; returns the bytes written.</summary>
    public long Fill()
    {
        using var filler = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[Block];
        try
        {
            while (true)
            {
                filler.Write(block);
            }
        }
        catch (IOException) when (new DriveInfo(Path).AvailableFreeSpace < Block)
        {
            return filler.Length;
        }
    }

    public void Free() => File.Delete(Filler);

    public async ValueTask DisposeAsync()
    {
        await Mounts.UnmountAsync(Path);
        mountPoint.Dispose();
    }
}
