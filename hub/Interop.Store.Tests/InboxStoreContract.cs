using System.Collections.Concurrent;
using Xunit.Abstractions;
using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>
/// Inboxes: gapless per-agency sequences however batches end, subscriptions acknowledged durably and
/// never backwards, retention that removes only a prefix and never reuses a sequence, and items that
/// neither a reader nor a watcher sees before their commit is durable. Items are written by appends.
/// </summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract partial class InboxStoreContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output)
    : StoreContract<TStore>(location, output)
    where TStore : IStoreEngine, IDossierStore, IInboxStore
{
    private static AppendRequest RoutedAt(string dossierId, DateTimeOffset recorded, params string[] agencies)
        => Append(dossierId, 0, routes: [.. agencies.Select(agency => Route(agency, 1))]) with
        {
            Events = [Event(dossierId, 1) with { RecordedTime = recorded }],
        };

    private static async Task<long[]> SequencesAsync(IInboxStore store, string agencyId, CancellationToken cancellationToken)
        => [.. (await store.ReadInboxAsync(agencyId, 0, 10_000, cancellationToken)).Select(item => item.InboxSequence)];

    [Fact]
    public async Task Acknowledgement_is_durable_cumulative_and_never_moves_backwards()
    {
        var store = await OpenAsync();

        Assert.Null(await store.ReadInboxSubscriptionAsync("m-1", "A", Ct));
        Assert.Equal(3, await store.AcknowledgeInboxAsync("m-1", "A", 3, Ct));
        Assert.Equal(3, await store.AcknowledgeInboxAsync("m-1", "A", 2, Ct));
        Assert.Equal(3, await store.AcknowledgeInboxAsync("m-1", "A", 0, Ct));
        var reopened = await ReopenAsync(store);

        Assert.Equal(new InboxSubscription("m-1", "A", 3, 3), await reopened.ReadInboxSubscriptionAsync("m-1", "A", Ct));
        Assert.Equal(7, await reopened.AcknowledgeInboxAsync("m-1", "A", 7, Ct));
        Assert.Equal(7, (await reopened.ReadInboxSubscriptionAsync("m-1", "A", Ct))!.Acknowledged);
    }

    [Fact]
    public async Task Concurrent_acknowledgements_leave_the_highest()
    {
        var store = await OpenAsync();

        await Task.WhenAll(Enumerable.Range(1, 50).OrderDescending().Select(n => store.AcknowledgeInboxAsync("m-1", "A", n, Ct)));

        Assert.Equal(50, (await store.ReadInboxSubscriptionAsync("m-1", "A", Ct))!.Acknowledged);
    }

    [Fact]
    public async Task Delivery_is_durable_monotonic_and_never_below_the_acknowledgement()
    {
        var store = await OpenAsync();

        Assert.Equal(10, await store.RecordInboxDeliveryAsync("m-1", "A", 10, Ct));
        Assert.Equal(10, await store.RecordInboxDeliveryAsync("m-1", "A", 4, Ct));
        Assert.Equal(new InboxSubscription("m-1", "A", 0, 10), await store.ReadInboxSubscriptionAsync("m-1", "A", Ct));
        Assert.Equal(12, await store.AcknowledgeInboxAsync("m-1", "A", 12, Ct));
        var reopened = await ReopenAsync(store);

        Assert.Equal(new InboxSubscription("m-1", "A", 12, 12), await reopened.ReadInboxSubscriptionAsync("m-1", "A", Ct));
    }

    [Fact]
    public async Task Subscriptions_are_kept_per_member_and_agency()
    {
        var store = await OpenAsync();

        await store.AcknowledgeInboxAsync("m-1", "A", 5, Ct);
        await store.RecordInboxDeliveryAsync("m-2", "A", 9, Ct);
        await store.AcknowledgeInboxAsync("m-1", "B", 1, Ct);

        Assert.Equal(new InboxSubscription("m-1", "A", 5, 5), await store.ReadInboxSubscriptionAsync("m-1", "A", Ct));
        Assert.Equal(new InboxSubscription("m-2", "A", 0, 9), await store.ReadInboxSubscriptionAsync("m-2", "A", Ct));
        Assert.Equal(new InboxSubscription("m-1", "B", 1, 1), await store.ReadInboxSubscriptionAsync("m-1", "B", Ct));
        Assert.Null(await store.ReadInboxSubscriptionAsync("m-2", "B", Ct));
    }
    [Fact]
    public async Task One_append_routing_several_events_to_one_agency_takes_its_next_sequences_in_route_order()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-0", 0, routes: [Route("A", 1, "m-desk", "r-0")]), Ct);

        await store.AppendAsync(Append("d-1", 0, events: 3, routes: [Route("A", 1, "m-desk", "r-1"), Route("B", 2, "m-desk", "r-1"), Route("A", 3, "m-desk", "r-1")]), Ct);

        var a = await store.ReadInboxAsync("A", 0, 10, Ct);
        var b = await store.ReadInboxAsync("B", 0, 10, Ct);
        Assert.Equal([(1L, "d-0", 1L), (2L, "d-1", 1L), (3L, "d-1", 3L)], a.Select(i => (i.InboxSequence, i.Event.DossierId, i.Event.Sequence)));
        Assert.Equal([(1L, "d-1", 2L)], b.Select(i => (i.InboxSequence, i.Event.DossierId, i.Event.Sequence)));
        Assert.Equal(3, await store.InboxHeadAsync("A", Ct));
    }


    [Fact]
    public async Task Inbox_items_are_read_with_their_event_routed_time_and_the_state_while_it_is_the_latest()
    {
        var store = await OpenAsync();
        var first = Append("d-1", 0, routes: [Route("A", 1, "m-desk", "r-1")]);
        var second = Append("d-1", 1, routes: [Route("A", 2, "m-land", "r-2")]);
        await store.AppendAsync(first, Ct);
        await store.AppendAsync(second, Ct);

        var items = await store.ReadInboxAsync("A", 0, 10, Ct);

        Assert.Equal([(1L, 1L, "m-desk", "r-1"), (2L, 2L, "m-land", "r-2")], items.Select(i => (i.InboxSequence, i.Event.Sequence, i.OriginMemberId, i.OriginRequestId)));
        Assert.Equal(first.Events[0].Body, items[0].Event.Body);
        Assert.Equal(first.Events[0].Hash, items[0].Event.Hash);
        Assert.Equal(first.Events[0].Receipt, items[0].Event.Receipt);
        Assert.Equal(first.Events[0].PersonalPart, items[0].Event.PersonalPart);
        Assert.Equal((first.Events[0].RecordedTime, second.Events[0].RecordedTime), (items[0].RoutedTime, items[1].RoutedTime));
        Assert.Null(items[0].LatestState);
        Assert.Equal(second.State, items[1].LatestState);
        Assert.Equal((await store.ReadEventsAsync("d-1", 0, 10, Ct)).Select(e => e.Position), items.Select(i => i.Event.Position));
    }

    [Fact]
    public async Task Head_and_oldest_of_an_inbox_never_written_are_0_and_1()
    {
        var store = await OpenAsync();

        Assert.Equal((0L, 1L), (await store.InboxHeadAsync("A", Ct), await store.InboxOldestAsync("A", Ct)));
    }

    [Fact]
    public async Task Pruning_removes_items_routed_before_the_time_and_leaves_the_rest_gapless()
    {
        var store = await OpenAsync();
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync(RoutedAt($"d-{i}", Recorded.AddHours(i), "A", "B"), Ct);
        }

        var removed = await store.PruneInboxAsync(Recorded.AddHours(3.5), 1000, Ct);

        Assert.Equal(6, removed);
        Assert.Equal(new long[] { 4, 5 }, await SequencesAsync(store, "A", Ct));
        Assert.Equal(new long[] { 4, 5 }, await SequencesAsync(store, "B", Ct));
        Assert.Equal((5L, 4L), (await store.InboxHeadAsync("A", Ct), await store.InboxOldestAsync("A", Ct)));
        Assert.Equal(0, await store.PruneInboxAsync(Recorded.AddHours(3.5), 1000, Ct));
    }

    [Fact]
    public async Task Pruning_stops_at_an_agencys_first_younger_item()
    {
        var store = await OpenAsync();
        await store.AppendAsync(RoutedAt("d-1", Recorded, "A"), Ct);
        await store.AppendAsync(RoutedAt("d-2", Recorded.AddHours(5), "A"), Ct);
        await store.AppendAsync(RoutedAt("d-3", Recorded, "A"), Ct);

        Assert.Equal(1, await store.PruneInboxAsync(Recorded.AddHours(1), 1000, Ct));

        Assert.Equal(new long[] { 2, 3 }, await SequencesAsync(store, "A", Ct));
        Assert.Equal(2, await store.InboxOldestAsync("A", Ct));
    }

    [Fact]
    public async Task Pruning_removes_at_most_the_limit_per_call()
    {
        var store = await OpenAsync();
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync(RoutedAt($"d-{i}", Recorded, "A"), Ct);
        }

        Assert.Equal(2, await store.PruneInboxAsync(Recorded.AddDays(1), 2, Ct));
        Assert.Equal(3, await store.InboxOldestAsync("A", Ct));
        Assert.Equal(3, await store.PruneInboxAsync(Recorded.AddDays(1), 10, Ct));
        Assert.Empty(await store.ReadInboxAsync("A", 0, 10, Ct));
    }

    [Fact]
    public async Task Sequences_of_pruned_items_are_never_handed_out_again_even_after_reopening()
    {
        var store = await OpenAsync();
        for (var i = 1; i <= 3; i++)
        {
            await store.AppendAsync(RoutedAt($"d-{i}", Recorded, "A"), Ct);
        }

        Assert.Equal(3, await store.PruneInboxAsync(Recorded.AddDays(1), 1000, Ct));
        Assert.Equal((3L, 4L), (await store.InboxHeadAsync("A", Ct), await store.InboxOldestAsync("A", Ct)));
        var reopened = await ReopenAsync(store);
        Assert.Equal((3L, 4L), (await reopened.InboxHeadAsync("A", Ct), await reopened.InboxOldestAsync("A", Ct)));
        await reopened.AppendAsync(RoutedAt("d-4", Recorded.AddDays(2), "A"), Ct);

        Assert.Equal(new long[] { 4 }, await SequencesAsync(reopened, "A", Ct));
        Assert.Equal((4L, 4L), (await reopened.InboxHeadAsync("A", Ct), await reopened.InboxOldestAsync("A", Ct)));
    }

    [Fact]
    public async Task Inbox_sequences_stay_gapless_across_concurrent_batches_and_a_failed_commit()
    {
        var commits = 0;
        var store = await OpenAsync(new StoreHooks
        {
            // One commit in the middle fails whole: its inbox rows and head moves must vanish with it.
            BeforeCommit = _ => Interlocked.Increment(ref commits) == 4 ? throw new IOException("the disk went away") : Task.CompletedTask,
        });
        var agencies = new[] { "A", "B", "C" };
        var committed = new ConcurrentBag<(string DossierId, string[] Agencies)>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                var id = $"d-{worker}-{i}";
                var to = agencies.Where((_, k) => (worker + i + k) % 3 != 0).ToArray();

                // Every fifth append is refused after its checks (stale version) inside a shared batch.
                var request = i % 5 == 4
                    ? Append($"d-{worker}-0", 9, routes: [.. to.Select(a => Route(a, 10))])
                    : Append(id, 0, routes: [.. to.Select(a => Route(a, 1))]);
                try
                {
                    if ((await store.AppendAsync(request, Ct)).Outcome == AppendOutcome.Committed)
                    {
                        committed.Add((id, to));
                    }
                }
                catch (StoreUnavailableException)
                {
                    // The failed batch: nothing of it was written.
                }
            }
        })));

        Assert.True(store.Counters.Commits > 1, "the appends went through more than one batch");
        foreach (var agency in agencies)
        {
            var items = await store.ReadInboxAsync(agency, 0, 10_000, Ct);
            var expected = committed.Where(c => c.Agencies.Contains(agency)).Select(c => c.DossierId).Order().ToArray();
            Assert.Equal(Enumerable.Range(1, expected.Length).Select(n => (long)n), items.Select(item => item.InboxSequence));
            Assert.Equal(expected, items.Select(item => item.Event.DossierId).Order().ToArray());
            Assert.Equal(expected.Length, await store.InboxHeadAsync(agency, Ct));
        }
    }

    [Fact]
    public async Task Inbox_items_are_neither_readable_nor_announced_before_their_commit_is_durable()
    {
        var gate = new CommitGate(armed: false);
        var store = await OpenAsync(gate.Hooks);
        var announced = new ConcurrentQueue<InboxCommit>();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = store.WatchInboxCommits(items =>
        {
            foreach (var item in items)
            {
                announced.Enqueue(item);
            }

            first.TrySetResult();
        });
        gate.Arm();

        var held = store.AppendAsync(Append("d-1", 0, routes: [Route("A", 1), Route("B", 1)]), Ct);
        await gate.Reached.WaitAsync(Ct);

        Assert.Empty(await store.ReadInboxAsync("A", 0, 10, Ct));
        Assert.Equal(0, await store.InboxHeadAsync("A", Ct));
        Assert.Empty(announced);
        gate.Release();
        await held;
        await first.Task.WaitAsync(Ct);

        Assert.Equal([new InboxCommit("A", 1, "d-1", 1), new InboxCommit("B", 1, "d-1", 1)], announced.OrderBy(c => c.AgencyId));
        Assert.Single(await store.ReadInboxAsync("A", 0, 10, Ct));
    }

    [Fact]
    public async Task Refused_appends_and_failed_commits_announce_nothing()
    {
        var fail = 0;
        var store = await OpenAsync(new StoreHooks { BeforeCommit = _ => Volatile.Read(ref fail) == 1 ? throw new IOException("the disk went away") : Task.CompletedTask });
        var announced = new ConcurrentQueue<InboxCommit>();
        var two = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = store.WatchInboxCommits(items =>
        {
            foreach (var item in items)
            {
                announced.Enqueue(item);
            }

            if (announced.Count >= 2)
            {
                two.TrySetResult();
            }
        });
        await store.AppendAsync(Append("d-1", 0, routes: [Route("A", 1)]), Ct);

        Assert.Equal(AppendOutcome.VersionMismatch, (await store.AppendAsync(Append("d-1", 5, routes: [Route("A", 6)]), Ct)).Outcome);
        Volatile.Write(ref fail, 1);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.AppendAsync(Append("d-2", 0, routes: [Route("A", 1)]), Ct));
        Volatile.Write(ref fail, 0);
        await store.AppendAsync(Append("d-3", 0, routes: [Route("A", 1)]), Ct);

        // Announcements come after the callers are told, on the writer: the last one may trail by a moment.
        await two.Task.WaitAsync(Ct);
        Assert.Equal([("d-1", 1L), ("d-3", 2L)], announced.Select(c => (c.DossierId, c.InboxSequence)));
    }

    [Fact]
    public async Task A_disposed_watch_hears_nothing_more()
    {
        var store = await OpenAsync();
        var heard = 0;
        var watch = store.WatchInboxCommits(_ => Interlocked.Increment(ref heard));
        var other = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var second = store.WatchInboxCommits(_ => other.TrySetResult());

        watch.Dispose();
        await store.AppendAsync(Append("d-1", 0, routes: [Route("A", 1)]), Ct);
        await other.Task.WaitAsync(Ct);

        Assert.Equal(0, Volatile.Read(ref heard));
    }

    [Fact]
    public async Task Inbox_marks_commit_apart_from_the_write_path()
    {
        var store = await OpenAsync();

        await store.RecordInboxDeliveryAsync("m-1", "A", 4, Ct);
        await store.AcknowledgeInboxAsync("m-1", "A", 2, Ct);

        Assert.Equal((0L, 0L, 2L), (store.Counters.Commits, store.Counters.ProbeCommits, store.Counters.OtherCommits));
    }
}
