using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using Microsoft.Extensions.Logging.Abstractions;

namespace Interop.Adapters.Sdk.Tests.Inbox;

public sealed class InboxFollowerTests : IDisposable
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(90));

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task An_item_written_before_a_crash_and_not_recorded_is_found_in_the_legacy_system_and_not_written_again()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var land = hub.Connect(LocalHub.LandOfficeToken);
        using var folder = new TempDirectory();
        await ReceiveAsync(desk, "r-1", "BN-1");
        await ReceiveAsync(desk, "r-2", "BN-2");
        var legacy = new FakeLegacyDesk { DieAfterWriting = 1 };

        using (var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db")))
        {
            var follower = new InboxFollower(land, checkpoint, LandDossiers.LandOffice, legacy, NullLogger.Instance);
            await Assert.ThrowsAsync<ProcessDiedException>(() => follower.RunAsync(Ct));
            Assert.Equal(new PendingWrite(1, legacy.Records.Single().Marker), checkpoint.Progress(LandDossiers.LandOffice).Pending);
        }

        using var restarted = AdapterCheckpoint.Open(folder.File("adapter.db"));
        var again = new InboxFollower(land, restarted, LandDossiers.LandOffice, legacy, NullLogger.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var running = again.RunAsync(stop.Token);
        await Wait.UntilAsync(() => restarted.Progress(LandDossiers.LandOffice).Acknowledged == 2, "both items acknowledged");
        await stop.CancelAsync();
        await running;

        Assert.Equal([1L, 2L], legacy.Records.Select(r => r.Sequence));
        Assert.Equal((1, 1), (again.Counts.FoundWritten, again.Counts.Written));
        Assert.Equal(new InboxProgress(2, 2, null, restarted.Progress(LandDossiers.LandOffice).CheckpointNote), restarted.Progress(LandDossiers.LandOffice));
        Assert.StartsWith("interop-hub/", restarted.Progress(LandDossiers.LandOffice).CheckpointNote, StringComparison.Ordinal);
        var pulled = await new InboxService.InboxServiceClient(land.Channel).PullInboxAsync(new PullInboxRequest { AgencyId = LandDossiers.LandOffice }, land.Headers, cancellationToken: Ct);
        Assert.Empty(pulled.Items);
    }

    [Fact]
    public async Task Own_items_are_skipped_and_acknowledged_and_an_unmappable_item_is_parked_while_the_inbox_goes_on()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var land = hub.Connect(LocalHub.LandOfficeToken);
        using var folder = new TempDirectory();
        using var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db"));
        await ReceiveAsync(desk, "r-1", "BN-1");
        await ReceiveAsync(desk, "r-2", "BN-2");
        var landLegacy = new FakeLegacyDesk { Unmappable = 1 };
        var deskLegacy = new FakeLegacyDesk();
        var landFollower = new InboxFollower(land, checkpoint, LandDossiers.LandOffice, landLegacy, NullLogger.Instance);
        var deskFollower = new InboxFollower(desk, checkpoint, LandDossiers.Desk, deskLegacy, NullLogger.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var running = Task.WhenAll(landFollower.RunAsync(stop.Token), deskFollower.RunAsync(stop.Token));
        await Wait.UntilAsync(() => checkpoint.Progress(LandDossiers.LandOffice).Acknowledged == 2 && checkpoint.Progress(LandDossiers.Desk).Acknowledged == 2, "both inboxes acknowledged");
        await stop.CancelAsync();
        await running;

        Assert.Empty(deskLegacy.Records);
        Assert.Equal(2, deskFollower.Counts.Own);
        Assert.Equal([2L], landLegacy.Records.Select(r => r.Sequence));
        var parked = Assert.Single(checkpoint.ListParked());
        Assert.Equal((ParkDirection.ToLegacy, "1", "LEGACY_TEXT_NOT_ENCODABLE", "dossier.personal_data.owner.name"), (parked.Direction, parked.Version, parked.Problem.Reason, parked.Problem.Field));
        Assert.Equal(1, InboxItem.Parser.ParseFrom(parked.Payload).Sequence);
    }

    [Fact]
    public async Task A_parked_item_the_operator_retries_is_written_once_when_it_maps_and_parked_again_when_it_does_not()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var land = hub.Connect(LocalHub.LandOfficeToken);
        using var folder = new TempDirectory();
        using var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db"));
        await ReceiveAsync(desk, "r-1", "BN-1");
        var legacy = new FakeLegacyDesk { Unmappable = 1 };
        var follower = new InboxFollower(land, checkpoint, LandDossiers.LandOffice, legacy, NullLogger.Instance);
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct))
        {
            var running = follower.RunAsync(stop.Token);
            await Wait.UntilAsync(() => checkpoint.Progress(LandDossiers.LandOffice).Acknowledged == 1, "the item acknowledged");
            await stop.CancelAsync();
            await running;
        }

        var first = Assert.Single(checkpoint.ListParked()).Id;
        Assert.True(checkpoint.RequestRetry(first));
        await follower.RetryParkedAsync(Ct);
        var second = Assert.Single(checkpoint.ListParked());
        Assert.NotEqual(first, second.Id);
        Assert.Empty(legacy.Records);

        legacy.Unmappable = -1;
        Assert.True(checkpoint.RequestRetry(second.Id));
        await follower.RetryParkedAsync(Ct);
        await follower.RetryParkedAsync(Ct);

        Assert.Empty(checkpoint.ListParked());
        Assert.Equal("resolved", checkpoint.Parked(second.Id)!.State);
        Assert.Equal([1L], legacy.Records.Select(r => r.Sequence));
    }

    public void Dispose() => timeout.Dispose();

    private async Task ReceiveAsync(HubConnection desk, string requestId, string vendorCode)
        => await new DossierService.DossierServiceClient(desk.Channel).ReceiveDossierAsync(LandDossiers.Receive(requestId, vendorCode), desk.Headers, cancellationToken: Ct);
}
