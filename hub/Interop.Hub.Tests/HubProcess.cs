using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Interop.Hub.Tests;

/// <summary>
/// The hub as users run it: a child process of the built Interop.Hub assembly on a free loopback
/// port, stopped (killed) at dispose.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HubProcess(Process process, Uri address, string dataDirectory)
    {
        this.process = process;
        Address = address;
        DataDirectory = dataDirectory;
        Channel = GrpcChannel.ForAddress(address);
    }

    /// <summary>The hub's data directory (store and signing key), a fresh temporary folder unless given.</summary>
    public string DataDirectory { get; }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    /// <summary>The hub's process id (for its diagnostics socket).</summary>
    public int ProcessId => process.Id;

    /// <summary>The hub's resident memory now: VmRSS of /proc/&lt;pid&gt;/status, in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The lines the hub wrote to its standard output and error so far: its log.</summary>
    public IReadOnlyCollection<string> Output => output;

    public static Task<HubProcess> StartAsync(params string[] extraArgs)
        => StartAsync(Directory.CreateTempSubdirectory("interop-hub-").FullName, extraArgs);

    public static async Task<HubProcess> StartAsync(string dataDirectory, params string[] extraArgs)
    {
        // C# binds StartAsync("--Hub:X=1") to this overload: an option is not a data directory.
        if (dataDirectory.StartsWith("--", StringComparison.Ordinal))
        {
            return await StartAsync([dataDirectory, .. extraArgs]);
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var hubDll = Path.Combine(AppContext.BaseDirectory, "Interop.Hub.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hubDll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.ArgumentList.Add($"--Hub:DataDirectory={dataDirectory}");
        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the hub did not start");
        var hub = new HubProcess(process, address, dataDirectory);
        process.OutputDataReceived += (_, e) => hub.Record(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await hub.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
        return hub;
    }

    public async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        var health = new Health.HealthClient(Channel);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (Grpc.Core.RpcException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }

            if (process.HasExited || DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"the hub at {Address} did not become SERVING (exited: {process.HasExited})");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Kills the hub at once (SIGKILL on Linux: no shutdown, nothing flushed) and waits until it is gone;
    /// the data directory stays, for a new hub to start on it. The channel stays until dispose.
    /// </summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
