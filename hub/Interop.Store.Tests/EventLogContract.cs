using Xunit.Abstractions;
using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>The event log's part of the contract, as checkpoints read it: committed events only, in position order, none skipped, under a stable log id.</summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract class EventLogContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output)
    : StoreContract<TStore>(location, output)
    where TStore : IStoreEngine, IDossierStore, IEventLog
{
    [Fact]
    public async Task Log_lists_committed_events_in_position_order_with_their_hashes()
    {
        var store = await OpenAsync();
        var appends = new[] { Append("d-1", 0, events: 2), Append("d-2", 0), Append("d-1", 2) };
        foreach (var append in appends)
        {
            await store.AppendAsync(append, Ct);
        }

        var log = await store.ReadLogAsync(0, 100, Ct);

        Assert.Equal(
            appends.SelectMany(a => a.Events.Select(e => (a.DossierId, e.Sequence, Convert.ToHexString(e.Hash)))),
            log.Select(e => (e.DossierId, e.Sequence, Convert.ToHexString(e.Hash))));
        Assert.Equal(log.Select(e => e.Position).Order(), log.Select(e => e.Position));
        Assert.Equal(log.Count, log.Select(e => e.Position).Distinct().Count());
        var stored = await store.ReadEventsAsync("d-1", 0, 10, Ct);
        Assert.Equal(stored.Select(e => e.Position), log.Where(e => e.DossierId == "d-1").Select(e => e.Position));
    }

    [Fact]
    public async Task Log_pages_after_a_position_without_repeating_or_skipping()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 7; i++)
        {
            await store.AppendAsync(Append($"d-{i}", 0, events: 1 + (i % 3)), Ct);
        }

        var all = await store.ReadLogAsync(0, 1000, Ct);
        var paged = new List<LogEntry>();
        for (var after = 0L; ;)
        {
            var page = await store.ReadLogAsync(after, 3, Ct);
            if (page.Count == 0)
            {
                break;
            }

            paged.AddRange(page);
            after = page[^1].Position;
        }

        Assert.Equal(13, all.Count);
        Assert.Equal(all.Select(e => e.Position), paged.Select(e => e.Position));
        Assert.Empty(await store.ReadLogAsync(all[^1].Position, 10, Ct));
    }

    [Fact]
    public async Task Log_holds_every_committed_event_and_no_refused_one_under_concurrent_batches()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-0", 0), Ct);

        // Every fourth append is refused inside its batch (stale version): its savepoint is rolled back.
        var requests = Enumerable.Range(1, 60)
            .Select(i => i % 4 == 0 ? Append("d-0", 9, events: 2) : Append($"d-{i}", 0, events: 1 + (i % 3)))
            .ToArray();
        var results = await Task.WhenAll(requests.Select(r => store.AppendAsync(r, Ct)));

        var committed = requests.Zip(results).Where(p => p.Second.Outcome == AppendOutcome.Committed)
            .SelectMany(p => p.First.Events.Select((e, i) => (p.First.DossierId, e.Sequence, p.Second.Positions[i])))
            .Prepend(("d-0", 1L, (await store.ReadEventsAsync("d-0", 0, 1, Ct))[0].Position))
            .OrderBy(e => e.Item3)
            .ToList();
        var log = await store.ReadLogAsync(0, 1000, Ct);

        Assert.Equal(45, results.Count(r => r.Outcome == AppendOutcome.Committed));
        Assert.Equal(committed, log.Select(e => (e.DossierId, e.Sequence, e.Position)));
        var gaps = log.Zip(log.Skip(1), (a, b) => b.Position - a.Position - 1).Sum();
        Output.WriteLine($"{log.Count} events from positions {log[0].Position} to {log[^1].Position}: {gaps} positions unused, {store.Counters.Commits} commits");
    }

    [Fact]
    public async Task Log_does_not_show_an_event_whose_commit_is_held()
    {
        var gate = new CommitGate(armed: false);
        var store = await OpenAsync(gate.Hooks);
        await store.AppendAsync(Append("d-1", 0), Ct);
        gate.Arm();

        var held = store.AppendAsync(Append("d-1", 1), Ct);
        await gate.Reached.WaitAsync(Ct);

        Assert.Single(await store.ReadLogAsync(0, 10, Ct));
        gate.Release();
        await held;
        Assert.Equal(2, (await store.ReadLogAsync(0, 10, Ct)).Count);
    }

    [Fact]
    public async Task Log_is_kept_across_a_reopen()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, events: 3), Ct);
        var before = await store.ReadLogAsync(0, 10, Ct);

        store = await ReopenAsync(store);
        await store.AppendAsync(Append("d-2", 0), Ct);
        var after = await store.ReadLogAsync(0, 10, Ct);

        Assert.Equal(before.Select(e => e.Position), after.Take(3).Select(e => e.Position));
        Assert.True(after[3].Position > before[^1].Position);
    }

    [Fact]
    public async Task Log_id_is_stable_across_reopening()
    {
        var store = await OpenAsync();
        var logId = store.LogId;

        var reopened = await ReopenAsync(store);

        Assert.False(string.IsNullOrWhiteSpace(logId));
        Assert.Equal(logId, reopened.LogId);
    }
}
