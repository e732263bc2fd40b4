using Interop.Hub.Tests.Refusals;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// STANDARD.md INBOX-2, INBOX-3, INBOX-6 and INBOX-8 as a member lives them over real Kestrel: it
/// disconnects and resumes from its acknowledgement, a second stream replaces the first, and a fresh
/// subscription catches up while items keep coming, without losing or repeating one.
/// </summary>
public sealed class StreamResumeTests : IAsyncLifetime
{
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync(new() { Settings = ["--Hub:InboxHeartbeatInterval=00:00:01"] });

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Member_that_disconnects_resumes_after_its_acknowledgement_with_every_later_item_once()
    {
        var igate = Members.IgateOn(hub.Channel);
        await AppendOneByOneAsync(1, 10);

        using (var first = igate.Stream(Members.Desk))
        {
            Assert.Equal((10, 0), Heads(await first.FirstHeartbeatAsync()));
            var delivered = new List<InboxItem>();
            for (var k = 0; k < 7; k++)
            {
                delivered.Add(await first.NextItemAsync());
            }

            Assert.Equal(Rows(1, 7), delivered.Select(Row));
            Assert.Equal(4, await igate.AcknowledgeAsync(Members.Desk, 4));
        }

        // Appended while the member is away.
        await AppendOneByOneAsync(11, 15);

        using var resumed = igate.Stream(Members.Desk);
        Assert.Equal((15, 4), Heads(await resumed.FirstHeartbeatAsync()));
        var caughtUp = new List<InboxItem>();
        for (var k = 5; k <= 15; k++)
        {
            caughtUp.Add(await resumed.NextItemAsync());
        }

        // Appended while it is streaming again: live.
        await AppendOneByOneAsync(16, 18);
        var live = await resumed.ReadAsync(3, DateTimeOffset.UtcNow);

        Assert.Equal(Rows(5, 18), caughtUp.Concat(live.Items).Select(Row));
        Assert.Equal(18, live.Heartbeat?.HeadSequence);
        Assert.Equal(4, live.Heartbeat?.AcknowledgedSequence);
    }

    [Fact]
    public async Task Member_that_keeps_its_own_cursor_resumes_after_the_sequence_it_names_whatever_it_acknowledged()
    {
        var igate = Members.IgateOn(hub.Channel);
        await AppendOneByOneAsync(1, 6);
        using (var first = igate.Stream(Members.Desk))
        {
            await first.FirstHeartbeatAsync();
            Assert.Equal(Rows(1, 2), new[] { await first.NextItemAsync(), await first.NextItemAsync() }.Select(Row));
            Assert.Equal(2, await igate.AcknowledgeAsync(Members.Desk, 2));
        }

        using var resumed = igate.Stream(Members.Desk, StartPosition.AfterSequence, 4);
        Assert.Equal((6, 2), Heads(await resumed.FirstHeartbeatAsync()));
        var items = await resumed.ReadAsync(2, DateTimeOffset.UtcNow);

        Assert.Equal(Rows(5, 6), items.Items.Select(Row));
        Assert.Equal(6, items.Heartbeat?.HeadSequence);
    }

    [Fact]
    public async Task Second_stream_on_a_subscription_ends_the_first_with_subscription_replaced_and_gets_the_items()
    {
        var igate = Members.IgateOn(hub.Channel);
        var portal = new Members(hub.Channel).Portal;
        await AppendOneByOneAsync(1, 3);
        using var first = igate.Stream(Members.Desk);
        await first.FirstHeartbeatAsync();
        Assert.Equal(Rows(1, 3), new[] { await first.NextItemAsync(), await first.NextItemAsync(), await first.NextItemAsync() }.Select(Row));
        // Another member's subscription to the same desk: not replaced by igate's second stream.
        using var other = portal.Stream(Members.Desk);
        await other.FirstHeartbeatAsync();

        using var second = igate.Stream(Members.Desk);
        Assert.Equal((3, 0), Heads(await second.FirstHeartbeatAsync()));
        await AppendOneByOneAsync(4, 5);

        var (lateItems, error) = await first.EndAsync();
        Assert.Empty(lateItems.Select(Row));
        Assert.Equal("Aborted SUBSCRIPTION_REPLACED", WireError.Of(error).Summary);
        // Nothing was acknowledged: the replacing stream starts at the oldest item (at-least-once).
        var replacing = await second.ReadAsync(5, DateTimeOffset.UtcNow);
        Assert.Equal(Rows(1, 5), replacing.Items.Select(Row));
        var untouched = await other.ReadAsync(5, DateTimeOffset.UtcNow);
        Assert.Equal(Rows(1, 5), untouched.Items.Select(Row));
    }

    // Slow stage: a load of 1,500 receipts, 16 in flight.
    [Fact]
    [Trait(TestStage.Name, TestStage.Slow)]
    public async Task Fresh_subscriptions_switch_from_catch_up_to_live_under_concurrent_appends_without_loss_or_repetition()
    {
        // Land-procedure receipts reach the desk (holder, desk, return desk) and the land office
        // (competent): three fresh subscriptions, opened at different moments of the appending.
        const int Before = 300;
        const int During = 1200;
        const int Total = Before + During;
        var loadChannel = hub.OpenChannel();
        var appender = new DeskLoad([loadChannel, hub.Channel]);
        await appender.AppendAsync("pre", Before, 16, DeskLoad.LandProcedure);

        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var twoThirds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var appending = appender.AppendAsync("live", During, 16, DeskLoad.LandProcedure, count =>
        {
            if (count == Before + (During / 3))
            {
                third.SetResult();
            }
            else if (count == Before + (2 * During / 3))
            {
                twoThirds.SetResult();
            }
        });

        var readers = new List<Task<List<InboxItem>>> { ReadAllAsync(Members.IgateOn(hub.Channel), Members.Desk, Total) };
        await Task.WhenAny(third.Task, appending);
        readers.Add(ReadAllAsync(new Members(hub.Channel).Vbdlis, Members.Land, Total));
        await Task.WhenAny(twoThirds.Task, appending);
        readers.Add(ReadAllAsync(new Members(hub.Channel).Portal, Members.Desk, Total));
        await appending;
        var received = await Task.WhenAll(readers);

        var expectedIds = Enumerable.Range(0, Before).Select(i => $"pre-{i}").Concat(Enumerable.Range(0, During).Select(i => $"live-{i}")).Order(StringComparer.Ordinal);
        foreach (var items in received)
        {
            Assert.Equal(Enumerable.Range(1, Total).Select(i => (long)i), items.Select(i => i.Sequence));
            Assert.Equal(expectedIds, items.Select(i => i.Origin.RequestId).Order(StringComparer.Ordinal));
        }
    }

    // Reads a fresh subscription until it has the whole inbox and a heartbeat that says nothing more came.
    private static async Task<List<InboxItem>> ReadAllAsync(HubClient member, string agency, int total)
    {
        using var stream = member.Stream(agency);
        await stream.FirstHeartbeatAsync();
        var items = new List<InboxItem>();
        while (items.Count < total)
        {
            items.Add(await stream.NextItemAsync(TimeSpan.FromSeconds(30)));
        }

        var rest = await stream.ReadAsync(0, DateTimeOffset.UtcNow);
        items.AddRange(rest.Items);
        Assert.Equal(total, rest.Heartbeat?.HeadSequence);
        return items;
    }

    // Receipt n is request "d-n": appended one at a time, it is desk item n.
    private async Task AppendOneByOneAsync(int from, int to)
    {
        var igate = Members.IgateOn(hub.Channel);
        for (var n = from; n <= to; n++)
        {
            await igate.Dossiers.ReceiveDossierAsync(DeskLoad.Receipt($"d-{n}", DeskLoad.DeskOnlyProcedure));
        }
    }

    private static IEnumerable<string> Rows(int from, int to) => Enumerable.Range(from, to - from + 1).Select(n => $"{n} d-{n}");

    private static string Row(InboxItem item) => $"{item.Sequence} {item.Origin.RequestId}";

    private static (long Head, long Acknowledged) Heads(Heartbeat heartbeat) => (heartbeat.HeadSequence, heartbeat.AcknowledgedSequence);
}
