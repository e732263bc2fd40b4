using System.Diagnostics;

namespace Interop.Bench.Baselines;

/// <summary>
/// Baseline B0, the disk's sync rate: blocks of a group commit's sizes appended to a file in the data
/// directory's file system, each followed by fdatasync (FileStream.Flush(true)); the most durable
/// commits per second the hub's store could do on this disk.
/// </summary>
internal static class DiskSync
{
    public static readonly int[] BlockSizes = [16 * 1024, 64 * 1024, 256 * 1024];

    public static (double SyncsPerSecond, double MegabytesPerSecond) Measure(string directory, int blockBytes, TimeSpan duration)
    {
        var path = Path.Combine(directory, $"bench-sync-{blockBytes}.bin");
        var block = new byte[blockBytes];
        Random.Shared.NextBytes(block);
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
            var started = Stopwatch.GetTimestamp();
            long syncs = 0;
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                file.Write(block);
                file.Flush(flushToDisk: true);
                syncs++;
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            return (syncs / seconds, syncs * (double)blockBytes / seconds / (1024 * 1024));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
