using System.Security.Cryptography.X509Certificates;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Tls;

/// <summary>The registry follows its seed file while the hub runs: a removed pin takes effect on the next call, on the same open channel.</summary>
public sealed class PinRemovalTests : IAsyncLifetime
{
    private TlsFiles files = null!;
    private TlsHubProcess hub = null!;
    private X509Certificate2 current = null!;
    private X509Certificate2 retired = null!;
    private X509Certificate2 auditor = null!;

    public async Task InitializeAsync()
    {
        files = TlsFiles.Create();
        current = files.IssueMember(TlsFiles.Igate, "igate-current");
        retired = files.IssueMember(TlsFiles.Igate, "igate-retired");
        auditor = files.IssueMember(TlsFiles.Auditor, "auditor");
        files.WriteSeed(Pins(current, retired));
        hub = await TlsHubProcess.StartAsync(files, auditor);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Removed_pin_is_refused_on_the_next_call_of_an_open_channel()
    {
        var retiredRegistry = new RegistryService.RegistryServiceClient(hub.Channel(retired));
        var before = (await retiredRegistry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version;

        files.WriteSeed(Pins(current));
        await WaitForVersionAfterAsync(before);

        var error = await WireError.OfCallAsync(() => retiredRegistry.GetRegistryInfoAsync(new GetRegistryInfoRequest()).ResponseAsync);
        Assert.Equal("Unauthenticated CERTIFICATE_NOT_PINNED", error.Summary);
        var stillPinned = new RegistryService.RegistryServiceClient(hub.Channel(current));
        Assert.Equal(before + 1, (await stillPinned.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version);
    }

    [Fact]
    public async Task Removed_pin_ends_an_open_inbox_stream_at_its_next_heartbeat()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var inbox = new InboxService.InboxServiceClient(hub.Channel(retired));
        using var stream = inbox.StreamInbox(new StreamInboxRequest { AgencyId = Members.Desk, Start = StartPosition.Head }, cancellationToken: timeout.Token);
        Assert.True(await stream.ResponseStream.MoveNext(timeout.Token));
        Assert.NotNull(stream.ResponseStream.Current.Heartbeat);
        var before = (await new RegistryService.RegistryServiceClient(hub.Channel(current)).GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version;

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
        var registry = new RegistryService.RegistryServiceClient(hub.Channel(retired));
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
        var registry = new RegistryService.RegistryServiceClient(hub.Channel(current));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).Version <= version)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the registry stayed at version {version}:\n{string.Join('\n', hub.Output)}");
            await Task.Delay(50);
        }
    }
}
