using System.Collections.Concurrent;
using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>National-code numbers: blocks per (agency, local day), disjoint and increasing, durable, sharing the appends' commits.</summary>
public abstract partial class ClaimStoreContract<TStore>
{
    private static readonly DateOnly Day = new(2025, 11, 3);

    [Fact]
    public async Task Code_numbers_reserved_one_at_a_time_never_repeat_under_concurrency_or_across_reopening()
    {
        var store = await OpenAsync();
        var day = new DateOnly(2025, 11, 3);
        var issued = new ConcurrentBag<long>();

        foreach (var n in await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => store.ReserveCodeNumbersAsync("A", day, 1, Ct))))
        {
            issued.Add(n);
        }

        var reopened = await ReopenAsync(store);
        foreach (var n in await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => reopened.ReserveCodeNumbersAsync("A", day, 1, Ct))))
        {
            issued.Add(n);
        }

        Assert.Equal(60, issued.Distinct().Count());
        Assert.All(issued, n => Assert.True(n >= 1));
        Assert.Equal(1, await reopened.ReserveCodeNumbersAsync("A", day.AddDays(1), 1, Ct));
        Assert.Equal(1, await reopened.ReserveCodeNumbersAsync("B", day, 1, Ct));
    }

    [Fact]
    public async Task Code_number_blocks_are_disjoint_and_increasing_per_agency_and_day()
    {
        var store = await OpenAsync();
        int[] counts = [1, 3, 2, 5, 1];

        var firsts = new List<long>();
        foreach (var count in counts)
        {
            firsts.Add(await store.ReserveCodeNumbersAsync("A", Day, count, Ct));
        }

        Assert.True(firsts[0] >= 1, $"the first block starts at {firsts[0]}");
        for (var i = 1; i < counts.Length; i++)
        {
            Assert.True(firsts[i] >= firsts[i - 1] + counts[i - 1], $"block {i} starts at {firsts[i]}, inside block {i - 1} ({firsts[i - 1]} + {counts[i - 1]})");
        }
    }

    [Fact]
    public async Task Code_numbers_of_each_agency_and_day_start_afresh()
    {
        var store = await OpenAsync();
        await store.ReserveCodeNumbersAsync("A", Day, 5, Ct);

        Assert.Equal(1, await store.ReserveCodeNumbersAsync("B", Day, 3, Ct));
        Assert.Equal(1, await store.ReserveCodeNumbersAsync("A", Day.AddDays(1), 2, Ct));
        Assert.True(await store.ReserveCodeNumbersAsync("A", Day, 1, Ct) >= 6);
    }

    [Fact]
    public async Task Code_numbers_reserved_before_a_reopen_are_never_handed_out_again()
    {
        var store = await OpenAsync();
        var first = await store.ReserveCodeNumbersAsync("A", Day, 10, Ct);

        var reopened = await ReopenAsync(store);

        Assert.True(await reopened.ReserveCodeNumbersAsync("A", Day, 4, Ct) >= first + 10);
    }

    [Fact]
    public async Task Concurrent_code_reservations_never_overlap()
    {
        var store = await OpenAsync();
        var counts = Enumerable.Range(0, 60).Select(i => 1 + (i % 4)).ToArray();

        var firsts = await Task.WhenAll(counts.Select(count => store.ReserveCodeNumbersAsync("A", Day, count, Ct)));

        var numbers = firsts.Zip(counts, (first, count) => Enumerable.Range(0, count).Select(k => first + k)).SelectMany(block => block).ToArray();
        Assert.Equal(counts.Sum(), numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(n >= 1));
    }

    [Fact]
    public async Task Code_reservation_of_no_numbers_is_refused()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ReserveCodeNumbersAsync("A", Day, 0, Ct));
    }

    [Fact]
    public async Task Code_reservation_shares_its_commit_with_appends_and_counts_as_the_write_path()
    {
        var gate = new CommitGate();
        var store = await OpenAsync(gate.Hooks);
        var blocker = await gate.HoldWithAsync(store, Ct);

        var reserved = store.ReserveCodeNumbersAsync("A", Day, 2, Ct);
        var appended = store.AppendAsync(Append("d-1", 0), Ct);
        gate.Release();
        await Task.WhenAll(blocker, reserved, appended);
        await store.ReserveCodeNumbersAsync("A", Day, 1, Ct);

        Assert.Equal((2L, 3L, 0L, 0L), (store.Counters.Appends, store.Counters.Commits, store.Counters.ProbeCommits, store.Counters.OtherCommits));
    }
}
