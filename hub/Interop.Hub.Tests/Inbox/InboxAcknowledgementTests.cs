using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>AcknowledgeInbox: cumulative, durable, never backwards, never beyond what was delivered (INBOX-2).</summary>
public sealed class InboxAcknowledgementTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    private static async Task ReceiveAsync(Members currentMembers, string key)
        => await currentMembers.Igate.Dossiers.ReceiveDossierAsync(Receive($"ack-{key}", $"H21.ACK-{key}", Local(11, 3, 8)));

    [Fact]
    public async Task Acknowledging_beyond_what_was_delivered_is_refused()
    {
        await ReceiveAsync(members, "1");
        await ReceiveAsync(members, "2");
        var igate = members.Igate;

        var before = await WireError.OfCallAsync(() => igate.AcknowledgeAsync(Members.Desk, 1));
        await igate.PullAsync(Members.Desk, max: 1);
        var acknowledged = await igate.AcknowledgeAsync(Members.Desk, 1);
        var beyond = await WireError.OfCallAsync(() => igate.AcknowledgeAsync(Members.Desk, 2));

        Assert.Equal("FailedPrecondition ACKNOWLEDGEMENT_BEYOND_DELIVERED", before.Summary);
        Assert.Equal(1, acknowledged);
        Assert.Equal("FailedPrecondition ACKNOWLEDGEMENT_BEYOND_DELIVERED", beyond.Summary);
        Assert.Equal("1", beyond.Info.Metadata["delivered_sequence"]);
    }

    [Fact]
    public async Task A_lower_acknowledgement_answers_the_current_one()
    {
        await ReceiveAsync(members, "1");
        await ReceiveAsync(members, "2");
        var igate = members.Igate;
        await igate.PullAsync(Members.Desk);

        Assert.Equal(2, await igate.AcknowledgeAsync(Members.Desk, 2));
        Assert.Equal(2, await igate.AcknowledgeAsync(Members.Desk, 1));
        Assert.Equal(2, await igate.AcknowledgeAsync(Members.Desk, 0));
    }

    // Slow stage: two hub processes, one killed: about 17 s.
    [Fact]
    [Trait(TestStage.Name, TestStage.Slow)]
    public async Task Acknowledgement_survives_a_hub_restart_and_the_subscription_resumes_after_it()
    {
        // A hub process of its own, killed with SIGKILL: the acknowledgement must be on disk, not flushed at a shutdown.
        using var data = new TempDirectory("interop-hub-");
        await using (var killed = await HubChild.StartAsync(data.Path))
        {
            var before = new Members(killed.Channel);
            await ReceiveAsync(before, "1");
            await ReceiveAsync(before, "2");
            var igate = before.Igate;
            await igate.PullAsync(Members.Desk);
            await igate.AcknowledgeAsync(Members.Desk, 1);

            await killed.KillAsync();
        }

        await using var restarted = await HubChild.StartAsync(data.Path);
        var again = new Members(restarted.Channel);
        await ReceiveAsync(again, "3");
        var resumed = again.Igate;

        Assert.Equal([2L, 3L], (await resumed.PullAsync(Members.Desk)).Items.Select(i => i.Sequence));
        Assert.Equal(2, await resumed.AcknowledgeAsync(Members.Desk, 2));
        using var stream = resumed.Stream(Members.Desk);
        var heartbeat = (await stream.NextAsync()).Heartbeat;
        Assert.Equal((3L, 2L), (heartbeat.HeadSequence, heartbeat.AcknowledgedSequence));
        Assert.Equal(3, (await stream.NextItemAsync()).Sequence);
    }

    [Fact]
    public async Task Two_members_serving_one_agency_keep_their_own_acknowledgements()
    {
        await ReceiveAsync(members, "1");
        var igate = members.Igate;
        var portal = members.Portal;
        await igate.PullAsync(Members.Desk);

        Assert.Equal(1, await igate.AcknowledgeAsync(Members.Desk, 1));
        Assert.Equal([1L], (await portal.PullAsync(Members.Desk)).Items.Select(i => i.Sequence));
        Assert.Empty((await igate.PullAsync(Members.Desk)).Items);
    }

    [Fact]
    public async Task Acknowledging_a_negative_sequence_is_invalid()
    {
        var error = await WireError.OfCallAsync(() => members.Igate.AcknowledgeAsync(Members.Desk, -1));

        Assert.Equal(StatusCode.InvalidArgument, error.Code);
        Assert.Equal("sequence", Assert.Single(error.Violations).Field);
    }
}
