using System.Runtime.InteropServices;
using System.Text;

namespace Interop.Hub.Keys;

/// <summary>
/// Makes a rename durable: fsync of the folder that holds the new name (POSIX). .NET cannot open a
/// directory as a file, so this goes to libc; on Windows a rename is durable once it returns.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0; // O_RDONLY: enough to fsync a directory on Linux

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Open([.. Encoding.UTF8.GetBytes(directory), 0], ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"cannot open {directory} to sync it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"cannot sync {directory} (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled in the whole project.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
