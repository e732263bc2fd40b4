using Interop.Protos.Inbox.V1;
using Interop.Protos.Registry.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>The checkpoint a member receives from a hub process, checked with only what the hub publishes.</summary>
public sealed class CheckpointOnTheWireTests : IAsyncLifetime
{
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Pulled_checkpoint_verifies_and_covers_the_events_the_member_can_list()
    {
        var igate = hub.Members.Igate;
        var id = (await igate.Dossiers.ReceiveDossierAsync(Receive("wire-1", "WIRE-1", Local(11, 3, 8)))).Outcome.Dossier.Id;
        var key = Assert.Single((await igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).HubKeys);

        var checkpoint = await Wait.ForAsync(
            async () => (await igate.Inbox.PullInboxAsync(new PullInboxRequest { AgencyId = Members.Desk })).Checkpoint,
            pulled => pulled.TreeSize >= 1,
            "a pulled checkpoint covering the receipt",
            TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(100));

        var opened = SignedNoteVerifier.Open(checkpoint.Note, key.VerifierKey);
        var events = (await igate.Audit.ListDossierEventsAsync(new Protos.Audit.V1.ListDossierEventsRequest { DossierId = id })).Events;
        Assert.Equal(1, opened.Size);
        Assert.Equal(Convert.ToHexString(ReferenceMerkle.Root([events[0].Hash.ToByteArray()])), Convert.ToHexString(opened.Root));
    }
}
