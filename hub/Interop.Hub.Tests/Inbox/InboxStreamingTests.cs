using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Audit.V1;
using Interop.Protos.Inbox.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>StreamInbox on a hub with a one-second heartbeat: heartbeat first, catch-up then live, heartbeats when idle, one stream per subscription.</summary>
public sealed class InboxStreamingTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync(new() { Settings = ["--Hub:InboxHeartbeatInterval=00:00:01"] });
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    private async Task ReceiveAsync(string key)
        => await members.Igate.Dossiers.ReceiveDossierAsync(Receive($"stream-{key}", $"H21.STREAM-{key}", Local(11, 3, 8)));

    [Fact]
    public async Task Stream_sends_a_heartbeat_first_then_catches_up_and_goes_live_without_gap_or_repeat()
    {
        await ReceiveAsync("1");
        await ReceiveAsync("2");
        var igate = members.Igate;
        await igate.PullAsync(Members.Desk, max: 1);
        await igate.AcknowledgeAsync(Members.Desk, 1);
        using var stream = igate.Stream(Members.Desk, StartPosition.AfterSequence, after: 0);

        var first = await stream.NextAsync();
        Assert.Equal(StreamInboxResponse.KindOneofCase.Heartbeat, first.KindCase);
        Assert.Equal((2L, 1L), (first.Heartbeat.HeadSequence, first.Heartbeat.AcknowledgedSequence));
        Assert.False(string.IsNullOrEmpty(first.Heartbeat.Checkpoint?.Note), "the heartbeat carries the latest signed checkpoint");
        var caughtUp = new[] { await stream.NextItemAsync(), await stream.NextItemAsync() };
        var live = new List<long>();
        for (var i = 3; i <= 6; i++)
        {
            await ReceiveAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            live.Add((await stream.NextItemAsync()).Sequence);
        }

        Assert.Equal([1L, 2L], caughtUp.Select(i => i.Sequence));
        Assert.Equal([3L, 4L, 5L, 6L], live);
    }

    // Slow stage: a bound on the gap between two heartbeats.
    [Fact]
    [Trait(TestStage.Name, TestStage.Slow)]
    public async Task Idle_stream_gets_heartbeats_at_the_interval()
    {
        await ReceiveAsync("1");
        using var stream = members.Igate.Stream(Members.Desk, StartPosition.Head);

        var messages = new[] { await stream.NextAsync(), await stream.NextAsync(TimeSpan.FromSeconds(5)), await stream.NextAsync(TimeSpan.FromSeconds(5)) };

        Assert.All(messages, m => Assert.Equal(StreamInboxResponse.KindOneofCase.Heartbeat, m.KindCase));
        Assert.All(messages, m => Assert.Equal(1, m.Heartbeat.HeadSequence));
        var gap = messages[2].Heartbeat.Time.ToDateTimeOffset() - messages[1].Heartbeat.Time.ToDateTimeOffset();
        Assert.InRange(gap, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Stream_from_the_head_delivers_only_what_is_routed_afterwards()
    {
        await ReceiveAsync("1");
        using var stream = members.Igate.Stream(Members.Desk, StartPosition.Head);
        Assert.Equal(1, (await stream.NextAsync()).Heartbeat.HeadSequence);

        await ReceiveAsync("2");

        Assert.Equal(2, (await stream.NextItemAsync()).Sequence);
    }

    [Fact]
    public async Task A_second_stream_on_the_subscription_ends_the_first_with_aborted_and_no_refusal_record()
    {
        var igate = members.Igate;
        using var older = igate.Stream(Members.Desk);
        await older.NextAsync();

        using var newer = igate.Stream(Members.Desk);
        await newer.NextAsync();
        var ended = await WireError.OfCallAsync(async () =>
        {
            while (await older.Call.ResponseStream.MoveNext())
            {
            }
        });
        await ReceiveAsync("1");

        Assert.Equal("Aborted SUBSCRIPTION_REPLACED", ended.Summary);
        Assert.Equal(1, (await newer.NextItemAsync()).Sequence);
        var refusals = (await members.Auditor.Audit.ListRefusalsAsync(new ListRefusalsRequest { MemberId = "member-igate-gialai" })).Refusals;
        Assert.Empty(refusals);
    }

    [Fact]
    public async Task Streams_of_two_members_on_one_agency_do_not_replace_each_other()
    {
        using var igate = members.Igate.Stream(Members.Desk);
        using var portal = members.Portal.Stream(Members.Desk);
        await igate.NextAsync();
        await portal.NextAsync();

        await ReceiveAsync("1");

        var mine = await igate.NextItemAsync();
        var theirs = await portal.NextItemAsync();
        Assert.Equal((1L, true), (mine.Sequence, mine.Origin.Own));
        Assert.Equal((1L, false), (theirs.Sequence, theirs.Origin.Own));
    }

    [Fact]
    public async Task Catch_up_of_several_pages_arrives_whole_and_in_order()
    {
        // More than two of the stream's pages, committed before the stream opens (50 at a time: within
        // the writes the hub admits in flight however slow the machine, Hub:MinWritesInFlight).
        foreach (var chunk in Enumerable.Range(1, 150).Chunk(50))
        {
            await Task.WhenAll(chunk.Select(n => ReceiveAsync($"page-{n}")));
        }

        using var stream = members.Igate.Stream(Members.Desk, StartPosition.AfterSequence, after: 0);

        var heartbeat = await stream.FirstHeartbeatAsync();
        var items = new List<long>();
        for (var i = 0; i < 150; i++)
        {
            items.Add((await stream.NextItemAsync()).Sequence);
        }

        Assert.Equal(150, heartbeat.HeadSequence);
        Assert.Equal(Enumerable.Range(1, 150).Select(n => (long)n), items);
    }

    [Fact]
    public async Task A_stream_behind_another_on_one_agency_gets_the_same_items_marked_for_its_own_reader()
    {
        using var portal = members.Portal.Stream(Members.Desk);
        await portal.NextAsync();
        await ReceiveAsync("1");
        await ReceiveAsync("2");
        var theirs = new[] { await portal.NextItemAsync(), await portal.NextItemAsync() };

        // igate comes later, from the start, for the items the portal's stream has just read.
        using var igate = members.Igate.Stream(Members.Desk, StartPosition.AfterSequence, after: 0);
        await igate.NextAsync();
        var mine = new[] { await igate.NextItemAsync(), await igate.NextItemAsync() };
        await ReceiveAsync("3");
        var live = (Mine: await igate.NextItemAsync(), Theirs: await portal.NextItemAsync());

        Assert.Equal([(1L, false), (2L, false)], theirs.Select(i => (i.Sequence, i.Origin.Own)));
        Assert.Equal([(1L, true), (2L, true)], mine.Select(i => (i.Sequence, i.Origin.Own)));
        // Every field as the other reader got it, but its own mark: the own copy drops nothing.
        Assert.Equal(theirs.Select(AsOwn), mine);
        Assert.Equal((3L, true, 3L, false), (live.Mine.Sequence, live.Mine.Origin.Own, live.Theirs.Sequence, live.Theirs.Origin.Own));
    }

    [Fact]
    public async Task Cancelled_stream_leaves_the_subscription_free_for_the_next()
    {
        var igate = members.Igate;
        using (var cancel = new CancellationTokenSource())
        {
            using var first = igate.Stream(Members.Desk, cancellationToken: cancel.Token);
            await first.NextAsync();
            await cancel.CancelAsync();
            Assert.Equal(StatusCode.Cancelled, (await Assert.ThrowsAsync<RpcException>(() => first.Call.ResponseStream.MoveNext())).StatusCode);
        }

        using var next = igate.Stream(Members.Desk);
        await next.NextAsync();
        await ReceiveAsync("1");

        Assert.Equal(1, (await next.NextItemAsync()).Sequence);
        Assert.DoesNotContain(hub.Output, line => line.Contains("Unhandled error", StringComparison.Ordinal));
    }

    private static InboxItem AsOwn(InboxItem item)
    {
        var own = item.Clone();
        own.Origin.Own = true;
        return own;
    }
}
