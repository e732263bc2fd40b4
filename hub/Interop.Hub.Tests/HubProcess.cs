using Grpc.Net.Client;

namespace Interop.Hub.Tests;

/// <summary>
/// The hub as users run it: a child process of the built Interop.Hub assembly on a free loopback
/// port, stopped (killed) at dispose.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    private readonly HubChild child;

    private HubProcess(HubChild child, Uri address, string dataDirectory)
    {
        this.child = child;
        Address = address;
        DataDirectory = dataDirectory;
        Channel = GrpcChannel.ForAddress(address);
    }

    /// <summary>The hub's data directory (store and signing key), a fresh temporary folder unless given.</summary>
    public string DataDirectory { get; }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    /// <summary>The hub's process id (for its diagnostics socket).</summary>
    public int ProcessId => child.ProcessId;

    /// <summary>The lines the hub wrote to its standard output and error so far: its log.</summary>
    public IReadOnlyCollection<string> Output => child.Output;

    /// <summary>The hub's resident memory now: VmRSS of /proc/&lt;pid&gt;/status, in bytes.</summary>
    public long ResidentBytes() => child.ResidentBytes();

    public static Task<HubProcess> StartAsync(params string[] extraArgs)
        => StartAsync(Directory.CreateTempSubdirectory("interop-hub-").FullName, extraArgs);

    public static async Task<HubProcess> StartAsync(string dataDirectory, params string[] extraArgs)
    {
        // C# binds StartAsync("--Hub:X=1") to this overload: an option is not a data directory.
        if (dataDirectory.StartsWith("--", StringComparison.Ordinal))
        {
            return await StartAsync([dataDirectory, .. extraArgs]);
        }

        var address = new Uri($"http://127.0.0.1:{HubChild.FreePort()}");
        var child = HubChild.Start(["--urls", address.ToString(), $"--Hub:DataDirectory={dataDirectory}", .. extraArgs]);
        var hub = new HubProcess(child, address, dataDirectory);
        await hub.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
        return hub;
    }

    public Task WaitUntilServingAsync(TimeSpan timeout) => child.WaitUntilServingAsync(Channel, Address, timeout);

    /// <summary>
    /// Kills the hub at once (SIGKILL on Linux: no shutdown, nothing flushed) and waits until it is gone;
    /// the data directory stays, for a new hub to start on it. The channel stays until dispose.
    /// </summary>
    public Task KillAsync() => child.KillAsync();

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await child.DisposeAsync();
    }
}
