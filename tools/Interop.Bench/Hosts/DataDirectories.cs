namespace Interop.Bench.Hosts;

/// <summary>
/// A fresh data directory per scenario, on a disk: under the system's temporary folder unless that is a
/// tmpfs (which would make every sync free), then under the repository's .artifacts/bench; removed after.
/// </summary>
internal sealed class DataDirectories(string? root)
{
    private readonly string root = root ?? DefaultRoot();

    public string Root => root;

    public string Create(string scenario)
    {
        var path = Path.Combine(root, $"bench-{scenario}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static long SizeOf(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    public static void Remove(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static string DefaultRoot()
    {
        var temp = Path.GetTempPath();
        return IsTmpfs(temp) ? Path.Combine(BuildOutputs.RepositoryRoot(), ".artifacts", "bench", "data") : temp;
    }

    /// <summary>Whether the longest mount point containing the path is a tmpfs (/proc/mounts).</summary>
    private static bool IsTmpfs(string path)
    {
        var full = Path.GetFullPath(path);
        var mount = File.ReadLines("/proc/mounts")
            .Select(l => l.Split(' '))
            .Where(f => f.Length > 2 && full.StartsWith(f[1], StringComparison.Ordinal))
            .OrderByDescending(f => f[1].Length)
            .FirstOrDefault();
        return mount is not null && mount[2] == "tmpfs";
    }
}
