using Interop.Protos.Inbox.V1;
using Interop.Protos.Registry.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>The checkpoint a member receives from a hub process, checked with only what the hub publishes.</summary>
public sealed class CheckpointOnTheWireTests : IAsyncLifetime
{
    private HubProcess hub = null!;

    public async Task InitializeAsync() => hub = await HubProcess.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Pulled_checkpoint_verifies_and_covers_the_events_the_member_can_list()
    {
        var igate = new Members(hub).Igate;
        var inbox = new InboxService.InboxServiceClient(hub.Channel);
        var id = (await igate.Dossiers.ReceiveDossierAsync(Receive("wire-1", "WIRE-1", Local(11, 3, 8)), igate.Options)).Outcome.Dossier.Id;
        var key = Assert.Single((await igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest(), igate.Options)).HubKeys);

        SignedCheckpoint checkpoint;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            checkpoint = (await inbox.PullInboxAsync(new PullInboxRequest { AgencyId = Members.Desk }, igate.Options)).Checkpoint;
        }
        while (checkpoint.TreeSize < 1 && DateTime.UtcNow < deadline && await Delay());

        var opened = SignedNoteVerifier.Open(checkpoint.Note, key.VerifierKey);
        var events = (await igate.Audit.ListDossierEventsAsync(new Protos.Audit.V1.ListDossierEventsRequest { DossierId = id }, igate.Options)).Events;
        Assert.Equal(1, opened.Size);
        Assert.Equal(Convert.ToHexString(ReferenceMerkle.Root([events[0].Hash.ToByteArray()])), Convert.ToHexString(opened.Root));
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(100);
        return true;
    }
}
