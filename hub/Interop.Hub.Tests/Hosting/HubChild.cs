using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// The built Interop.Hub assembly as a child process, for the few tests that need a process of its
/// own: one that is killed with SIGKILL (crash recovery), one whose memory is measured from outside,
/// one on a file system mounted for it. It binds port 0 itself and the address is read from the
/// "Now listening on" line it logs; its log is kept; it is killed at dispose.
/// </summary>
internal sealed class HubChild : IAsyncDisposable
{
    private const string Listening = "Now listening on: ";
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TempDirectory? owned;
    private GrpcChannel? channel;

    private HubChild(Process process, string dataDirectory, TempDirectory? owned)
    {
        this.process = process;
        this.owned = owned;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public Uri Address => address.Task.Result;

    /// <summary>A channel to the hub (h2c, development tokens); disposed with the hub.</summary>
    public GrpcChannel Channel => channel ??= GrpcChannel.ForAddress(Address);

    /// <summary>The lines the hub wrote to its standard output and error so far: its log.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>The hub's process id (for its diagnostics socket).</summary>
    public int ProcessId => process.Id;

    /// <summary>Starts a hub on the data directory (a fresh temporary one, removed at dispose, when null) and waits until it serves.</summary>
    public static async Task<HubChild> StartAsync(string? dataDirectory = null, params string[] settings)
    {
        var owned = dataDirectory is null ? new TempDirectory("interop-hub-") : null;
        var data = dataDirectory ?? owned!.Path;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Interop.Hub.dll"), "--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={data}", TestAdmission.Floor }.Concat(settings))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the hub did not start");
        var child = new HubChild(process, data, owned);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        process.Exited += (_, _) => child.address.TrySetException(new InvalidOperationException($"the hub exited before listening:\n{string.Join('\n', child.output)}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.address.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await child.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>Asks health checking until the hub answers SERVING.</summary>
    public Task WaitUntilServingAsync(TimeSpan timeout)
    {
        var health = new Health.HealthClient(Channel);
        return Wait.UntilAsync(
            async () =>
            {
                Assert.False(process.HasExited, $"the hub at {Address} exited:\n{string.Join('\n', output)}");
                try
                {
                    return (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2))).Status == HealthCheckResponse.Types.ServingStatus.Serving;
                }
                catch (RpcException)
                {
                    return false;
                }
            },
            $"the hub at {Address} to answer SERVING",
            timeout,
            TimeSpan.FromMilliseconds(100),
            () => string.Join('\n', output));
    }

    /// <summary>The hub's resident memory now: VmRSS of /proc/&lt;pid&gt;/status, in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// Kills the hub at once (SIGKILL on Linux: no shutdown, nothing flushed) and waits until it is gone;
    /// the data directory stays, for a new hub to start on it.
    /// </summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        channel?.Dispose();
        await KillAsync();
        process.Dispose();
        owned?.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            address.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim()));
        }
    }
}
