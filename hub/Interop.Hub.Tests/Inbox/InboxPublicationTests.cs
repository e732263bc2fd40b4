using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Interop.Hub.Tests.Durability;
using Interop.Protos.Inbox.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>Publication only after commit (EV-9): while the disk sync of an append is held, no inbox shows its item.</summary>
public sealed class InboxPublicationTests : IAsyncLifetime
{
    private readonly DiskSyncGate gate = new();
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync(new() { BeforeCommit = gate.BeforeCommitAsync });

    public async Task DisposeAsync()
    {
        gate.Open();
        await hub.DisposeAsync();
    }

    [Fact]
    public async Task Item_is_neither_pulled_nor_streamed_while_its_commit_waits_for_the_disk_and_is_streamed_once_it_is_durable()
    {
        var igate = hub.Members.Igate;
        using var stream = igate.Inbox.StreamInbox(new StreamInboxRequest { AgencyId = Members.Desk });
        Assert.True(await stream.ResponseStream.MoveNext());
        Assert.Equal(StreamInboxResponse.KindOneofCase.Heartbeat, stream.ResponseStream.Current.KindCase);
        gate.Close();

        var receive = igate.Dossiers.ReceiveDossierAsync(Receive("held-1", "H21.HELD-1", Local(11, 3, 8))).ResponseAsync;
        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(20));
        var during = await hub.Members.Portal.Inbox.PullInboxAsync(
            new PullInboxRequest { AgencyId = Members.Desk, Start = StartPosition.AfterSequence, AfterSequence = 0, Wait = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(300)) });
        var next = stream.ResponseStream.MoveNext();

        Assert.Empty(during.Items);
        Assert.Equal(0, during.HeadSequence);
        Assert.False(receive.IsCompleted, "the receipt waits for the disk too");
        Assert.False(next.IsCompleted, "the stream has nothing to send while the commit is held");
        gate.Open();
        var outcome = (await receive).Outcome;
        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(20)));
        var item = stream.ResponseStream.Current.Item;
        Assert.Equal((1L, outcome.Event), (item.Sequence, AnsweredEvents.Of(item.Event)));
    }
}
