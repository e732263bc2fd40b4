using System.Collections.Concurrent;
using System.Diagnostics;

namespace Interop.Bench.Hosts;

/// <summary>
/// A server (the hub or the echo) as a child process on a loopback port of its own, its output kept
/// (the last lines, for a failure's message). Stopped gracefully (SIGTERM) and killed only if it does
/// not stop in time.
/// </summary>
internal sealed class ChildServer : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ChildServer(Process process, Uri address, long startedAt)
    {
        this.process = process;
        Address = address;
        StartedAt = startedAt;
    }

    public Uri Address { get; }

    public int Pid => process.Id;

    /// <summary>The Stopwatch timestamp just before the process started.</summary>
    public long StartedAt { get; }

    public bool HasExited => process.HasExited;

    public string Output => string.Join('\n', output);

    public static ChildServer Start(string assembly, IEnumerable<string> settings)
    {
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { assembly, "--urls", address.ToString().TrimEnd('/') }.Concat(settings))
        {
            info.ArgumentList.Add(arg);
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{assembly} did not start");
        var child = new ChildServer(process, address, startedAt);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGTERM, as a service manager stops the hub; SIGKILL after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(20));
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptLines)
        {
            output.TryDequeue(out _);
        }
    }
}
