using Interop.Hub.Tests.Examples;

namespace Interop.Hub.Tests.StoreHealth;

/// <summary>
/// The mount commands the health tests need. They run as root (CI does); without the privilege the
/// tests fail, saying so, rather than skip: the store's behaviour on a real full or read-only file
/// system is a requirement (STANDARD.md GEN-2), not an option.
/// </summary>
internal static class Mounts
{
    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var run = await ChildProcess.RunAsync(program, arguments, "/", TimeSpan.FromSeconds(60));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"the store's health tests need small file systems of their own, mounted as root (CAP_SYS_ADMIN, loop devices): {run}");
        }

        return string.Join('\n', run.Lines);
    }

    /// <summary>Unmounts at the end of a test; lazily if something still holds the file system.</summary>
    public static async Task UnmountAsync(string path)
    {
        var run = await ChildProcess.RunAsync("umount", [path], "/", TimeSpan.FromSeconds(60));
        if (run.ExitCode != 0)
        {
            await RunAsync("umount", "-l", path);
        }
    }
}
