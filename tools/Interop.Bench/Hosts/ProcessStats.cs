using System.Globalization;

namespace Interop.Bench.Hosts;

/// <summary>A process's CPU time and memory as Linux reports them in /proc/&lt;pid&gt;/stat and status.</summary>
internal static class ProcessStats
{
    /// <summary>USER_HZ: the unit of utime and stime, 100 on every Linux the benchmark runs on.</summary>
    private const long TicksPerSecond = 100;

    /// <summary>User plus system CPU time so far, in microseconds (10 ms resolution).</summary>
    public static long CpuMicroseconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");

        // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1_000_000 / TicksPerSecond;
    }

    /// <summary>Peak resident memory (VmHWM), in bytes.</summary>
    public static long PeakResidentBytes(int pid) => StatusKilobytes(pid, "VmHWM:") * 1024;

    /// <summary>Resident memory now (VmRSS), in bytes.</summary>
    public static long ResidentBytes(int pid) => StatusKilobytes(pid, "VmRSS:") * 1024;

    private static long StatusKilobytes(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
