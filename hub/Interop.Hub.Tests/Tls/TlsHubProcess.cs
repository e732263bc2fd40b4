using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace Interop.Hub.Tests.Tls;

/// <summary>
/// A hub as a province runs it: a child process serving https on a free loopback port, with mutual
/// TLS and no development tokens; stopped (killed) at dispose.
/// </summary>
internal sealed class TlsHubProcess : IAsyncDisposable
{
    private readonly HubChild child;
    private readonly List<GrpcChannel> channels = [];

    private TlsHubProcess(HubChild child, Uri address, TlsFiles files)
    {
        this.child = child;
        Address = address;
        Files = files;
    }

    public Uri Address { get; }

    public TlsFiles Files { get; }

    /// <summary>The hub's log so far.</summary>
    public IReadOnlyCollection<string> Output => child.Output;

    public static async Task<TlsHubProcess> StartAsync(TlsFiles files, X509Certificate2 probe)
    {
        var address = new Uri($"https://127.0.0.1:{HubChild.FreePort()}");
        var child = HubChild.Start(
            new[] { "--urls", address.ToString(), $"--Hub:DataDirectory={Path.Combine(files.Root, "data")}", "--Hub:RegistryReloadInterval=00:00:00.200", "--Hub:InboxHeartbeatInterval=00:00:00.500" }
                .Concat(files.HubArgs).Concat(TlsFiles.NoDevelopmentTokens()));
        var hub = new TlsHubProcess(child, address, files);
        await child.WaitUntilServingAsync(hub.Channel(probe), address, TimeSpan.FromSeconds(30));
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
    public Task WaitForLogAsync(string text, TimeSpan timeout) => child.WaitForLogAsync(text, timeout);

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in channels)
        {
            channel.Dispose();
        }

        await child.DisposeAsync();
    }
}
