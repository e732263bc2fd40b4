using System.Security.Cryptography.X509Certificates;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Tls;

/// <summary>The registry follows its seed file while the hub runs: a removed pin takes effect on the next call, on the same open channel.</summary>
public sealed class PinRemovalTests : IAsyncLifetime
{
    private TlsFiles files = null!;
    private TestHub hub = null!;
    private X509Certificate2 current = null!;
    private X509Certificate2 retired = null!;

    public async Task InitializeAsync()
    {
        files = TlsFiles.Create();
        current = files.IssueMember(TlsFiles.Igate, "igate-current");
        retired = files.IssueMember(TlsFiles.Igate, "igate-retired");
        files.WriteSeed(Pins(current, retired));
        hub = await TestHub.StartAsync(new() { Tls = files, Settings = TlsFiles.HubSettings });
    }

    public async Task DisposeAsync()
    {
        await hub.DisposeAsync();
        files.Dispose();
    }

    [Fact]
    public async Task Removed_pin_is_refused_on_the_next_call_of_an_open_channel()
    {
        var retiredRegistry = new HubClient(hub.OpenChannel(retired)).Registry;
        var before = (await retiredRegistry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version;

        files.WriteSeed(Pins(current));
        await WaitForVersionAfterAsync(before);

        var error = await WireError.OfCallAsync(() => retiredRegistry.GetRegistryInfoAsync(new GetRegistryInfoRequest()).ResponseAsync);
        Assert.Equal("Unauthenticated CERTIFICATE_NOT_PINNED", error.Summary);
        var stillPinned = new HubClient(hub.OpenChannel(current)).Registry;
        Assert.Equal(before + 1, (await stillPinned.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version);
    }

    [Fact]
    public async Task Removed_pin_ends_an_open_inbox_stream_at_its_next_heartbeat()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var inbox = new HubClient(hub.OpenChannel(retired)).Inbox;
        using var stream = inbox.StreamInbox(new StreamInboxRequest { AgencyId = Members.Desk, Start = StartPosition.Head }, cancellationToken: timeout.Token);
        Assert.True(await stream.ResponseStream.MoveNext(timeout.Token));
        Assert.NotNull(stream.ResponseStream.Current.Heartbeat);
        var before = (await new HubClient(hub.OpenChannel(current)).Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version;

        files.WriteSeed(Pins(current));
        await WaitForVersionAfterAsync(before);

        var error = await WireError.OfCallAsync(async () =>
        {
            while (await stream.ResponseStream.MoveNext(timeout.Token))
            {
                Assert.NotNull(stream.ResponseStream.Current.Heartbeat);
            }
        });
        Assert.Equal("Unauthenticated CERTIFICATE_NOT_PINNED", error.Summary);
    }

    [Fact]
    public async Task Invalid_seed_is_ignored_and_the_registry_in_force_stays()
    {
        var registry = new HubClient(hub.OpenChannel(retired)).Registry;
        var before = await registry.GetRegistryInfoAsync(new GetRegistryInfoRequest());

        File.WriteAllText(files.SeedPath, "{\"members\": [{\"id\": \"member-x\", \"agencyIds\": [\"no-such-agency\"]}]}");
        await hub.WaitForLogAsync("ignored, the registry in force stays", TimeSpan.FromSeconds(30));

        var after = await registry.GetRegistryInfoAsync(new GetRegistryInfoRequest());
        Assert.Equal(before.Version, after.Version);
    }

    private static Dictionary<string, X509Certificate2[]> Pins(params X509Certificate2[] igate)
        => new() { [TlsFiles.Igate] = igate };

    private async Task WaitForVersionAfterAsync(long version)
    {
        var registry = new HubClient(hub.OpenChannel(current)).Registry;
        await Wait.UntilAsync(
            async () => (await registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version > version,
            $"a registry version after {version}",
            TimeSpan.FromSeconds(30),
            detail: () => hub.Logs.Tail());
    }
}
