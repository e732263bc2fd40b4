using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Interop.Hub.Tests.Tls;

/// <summary>
/// A hub as a province runs it: a child process serving https on a free loopback port, with mutual
/// TLS and no development tokens; stopped (killed) at dispose.
/// </summary>
internal sealed class TlsHubProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly List<GrpcChannel> channels = [];

    private TlsHubProcess(Process process, Uri address, TlsFiles files)
    {
        this.process = process;
        Address = address;
        Files = files;
    }

    public Uri Address { get; }

    public TlsFiles Files { get; }

    /// <summary>The hub's log so far.</summary>
    public IReadOnlyCollection<string> Output => output;

    public static async Task<TlsHubProcess> StartAsync(TlsFiles files, X509Certificate2 probe)
    {
        var address = new Uri($"https://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Interop.Hub.dll"));
        foreach (var arg in new[] { "--urls", address.ToString(), $"--Hub:DataDirectory={Path.Combine(files.Root, "data")}", "--Hub:RegistryReloadInterval=00:00:00.200", "--Hub:InboxHeartbeatInterval=00:00:00.500" }
            .Concat(files.HubArgs).Concat(TlsFiles.NoDevelopmentTokens()))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the hub did not start");
        var hub = new TlsHubProcess(process, address, files);
        process.OutputDataReceived += (_, e) => hub.Record(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await hub.WaitUntilServingAsync(probe, TimeSpan.FromSeconds(30));
        return hub;
    }

    /// <summary>A channel presenting a client certificate (or none); disposed with the hub.</summary>
    public GrpcChannel Channel(X509Certificate2? client)
    {
        var channel = TlsChannels.Open(Address, Files.Ca, client);
        channels.Add(channel);
        return channel;
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

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in channels)
        {
            channel.Dispose();
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilServingAsync(X509Certificate2 probe, TimeSpan timeout)
    {
        var health = new Health.HealthClient(Channel(probe));
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
                throw new InvalidOperationException($"the TLS hub at {Address} did not become SERVING (exited: {process.HasExited}):\n{string.Join('\n', output)}");
            }

            await Task.Delay(100);
        }
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
