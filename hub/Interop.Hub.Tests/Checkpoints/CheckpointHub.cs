using Grpc.Net.Client;
using Interop.Hub.Checkpoints;
using Interop.Hub.Keys;
using Interop.Hub.Tests.Durability;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>
/// The real hub in the test process on real Kestrel over loopback, so that a test can read the
/// checkpoint the hub holds for heartbeats (no RPC serves it alone); stopped and started again on
/// the same data directory.
/// </summary>
internal sealed class CheckpointHub : IAsyncDisposable
{
    private readonly WebApplication app;

    private CheckpointHub(WebApplication app, string dataDirectory)
    {
        this.app = app;
        DataDirectory = dataDirectory;
        Channel = GrpcChannel.ForAddress(app.Urls.Single());
        Igate = HubClient.Igate(Channel);
        Auditor = new HubClient(Channel, "dev-auditor-vpcp");
    }

    public string DataDirectory { get; }

    public GrpcChannel Channel { get; }

    public HubClient Igate { get; }

    public HubClient Auditor { get; }

    public ICheckpointSource Checkpoints => app.Services.GetRequiredService<ICheckpointSource>();

    public HubSigningKey Key => app.Services.GetRequiredService<HubSigningKey>();

    public static async Task<CheckpointHub> StartAsync(string? dataDirectory = null)
    {
        var data = dataDirectory ?? Directory.CreateTempSubdirectory("interop-hub-").FullName;
        var app = HubApplication.Build(["--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={data}", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        return new CheckpointHub(app, data);
    }

    /// <summary>Waits until the hub's checkpoint covers at least that many events.</summary>
    public async Task<Protos.Inbox.V1.SignedCheckpoint> CheckpointOfAtLeastAsync(long size)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Checkpoints.Latest.TreeSize < size && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Checkpoints.Latest;
    }

    /// <summary>Stops the hub, keeping its data directory.</summary>
    public async Task StopAsync()
    {
        Channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
