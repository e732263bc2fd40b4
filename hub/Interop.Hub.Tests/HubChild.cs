using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Interop.Hub.Tests;

/// <summary>
/// The built Interop.Hub assembly run as a child process with the given command line, its log kept;
/// killed at dispose. <see cref="HubProcess"/> (h2c with development tokens) and the TLS tests' hub
/// are built on it.
/// </summary>
internal sealed class HubChild : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HubChild(Process process) => this.process = process;

    /// <summary>The lines the hub wrote to its standard output and error so far: its log.</summary>
    public IReadOnlyCollection<string> Output => output;

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public static HubChild Start(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Interop.Hub.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the hub did not start");
        var child = new HubChild(process);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>A free port on loopback for the hub to listen on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Asks health checking over the channel until the hub answers SERVING.</summary>
    public async Task WaitUntilServingAsync(GrpcChannel channel, Uri address, TimeSpan timeout)
    {
        var health = new Health.HealthClient(channel);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if ((await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2))).Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }

            if (process.HasExited || DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"the hub at {address} did not become SERVING (exited: {process.HasExited}):\n{string.Join('\n', output)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the hub's log has a line containing the text.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the hub did not log '{text}':\n{string.Join('\n', output)}");
            await Task.Delay(50);
        }
    }

    /// <summary>The hub's resident memory now: VmRSS of /proc/&lt;pid&gt;/status, in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Kills the hub at once (SIGKILL on Linux: no shutdown, nothing flushed) and waits until it is gone.</summary>
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
        await KillAsync();
        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
