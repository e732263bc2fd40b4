namespace Interop.Hub.Tests.StoreHealth;

/// <summary>
/// A real ext4 file system in a 32 MiB image on a loop device, mounted with errors=remount-ro, that a
/// test makes fail and repairs as an operator would.
/// </summary>
/// <remarks>
/// Linux refuses <c>mount -o remount,ro</c> while any file on the file system is open for writing
/// (EBUSY), and SQLite keeps its database, WAL and shared-memory files open read-write for as long as
/// the store is open: a running hub's file system becomes read-only only the way it does in production,
/// when the kernel forces it after an error. ext4 then stays read-only until it is unmounted, so the
/// repair is: detach it, check it, mount it again at the same path, while the hub runs on.
/// </remarks>
internal sealed class Ext4OnLoop : IAsyncDisposable
{
    private readonly TempDirectory root;
    private readonly string image;
    private string device;
    private bool attached = true;
    private bool mounted = true;

    private Ext4OnLoop(TempDirectory root, string path, string image, string device)
    {
        this.root = root;
        Path = path;
        this.image = image;
        this.device = device;
    }

    public string Path { get; }

    public static async Task<Ext4OnLoop> MountAsync()
    {
        // The image and the mount point in one temporary folder, removed at dispose.
        var root = new TempDirectory("interop-ext4-");
        var path = Directory.CreateDirectory(root.File("mnt")).FullName;
        var image = root.File("ext4.img");
        using (var file = File.Create(image))
        {
            file.SetLength(32 * 1024 * 1024);
        }

        await Mounts.RunAsync("mkfs.ext4", "-q", "-F", image);
        var filesystem = new Ext4OnLoop(root, path, image, await AttachAsync(image)) { mounted = false };
        try
        {
            await Mounts.RunAsync("mount", "-o", "errors=remount-ro", filesystem.device, path);
            filesystem.mounted = true;
            return filesystem;
        }
        catch
        {
            await filesystem.DisposeAsync();
            throw;
        }
    }

    /// <summary>Makes ext4 meet an error, as a failing disk does: with errors=remount-ro every write fails from then on (EROFS).</summary>
    public async Task FailAsync()
    {
        await File.WriteAllTextAsync($"/sys/fs/ext4/{System.IO.Path.GetFileName(device)}/trigger_fs_error", "interop health test");
        var write = Record.Exception(() => File.WriteAllText(System.IO.Path.Combine(Path, "probe"), "probe"));
        Assert.True(write is IOException or UnauthorizedAccessException, $"the file system still takes writes after its error ({write})");
    }

    /// <summary>The operator's repair: detach the failed file system, check the image, mount it again on a new loop device.</summary>
    public async Task RepairAsync()
    {
        await Mounts.RunAsync("umount", "-l", Path);
        mounted = false;
        await Mounts.RunAsync("losetup", "-d", device);
        attached = false;
        var check = await Examples.ChildProcess.RunAsync("e2fsck", ["-f", "-y", image], "/", TimeSpan.FromSeconds(60));
        Assert.True(check.ExitCode <= 1, check.ToString());
        device = await AttachAsync(image);
        attached = true;
        await Mounts.RunAsync("mount", "-o", "errors=remount-ro", device, Path);
        mounted = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (mounted)
        {
            await Mounts.UnmountAsync(Path);
        }

        if (attached)
        {
            await Mounts.RunAsync("losetup", "-d", device);
        }

        root.Dispose();
    }

    // A new loop device each time: mounting the failed one again would find the failed file system.
    private static async Task<string> AttachAsync(string image) => (await Mounts.RunAsync("losetup", "--find", "--show", image)).Trim();
}
