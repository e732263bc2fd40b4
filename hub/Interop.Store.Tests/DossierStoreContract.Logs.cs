using System.Collections.Concurrent;
using System.Text;

namespace Interop.Store.Tests;

/// <summary>The refusal log, registry versions, daily code sequences and the log id.</summary>
public abstract partial class DossierStoreContract
{
    private static readonly DateTimeOffset Noon = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(7));

    private static RefusalEntry Refusal(string member, int hours)
        => new(0, Noon.AddHours(hours), member, "000.00.31.H56", "/interop.dossier.v1.DossierService/ReceiveDossier", "d-" + hours, "r-" + hours, 9, "LIFECYCLE_TRANSITION_REFUSED");

    [Fact]
    public async Task Refusals_are_listed_oldest_first_with_filters()
    {
        var store = await OpenAsync();
        var entries = new[] { Refusal("m-1", 0), Refusal("m-2", 1), Refusal("m-1", 2), Refusal("m-1", 3) };
        var positions = new List<long>();
        foreach (var entry in entries)
        {
            positions.Add(await store.AppendRefusalAsync(entry, Ct));
        }

        var all = await store.ListRefusalsAsync(new RefusalQuery(null, null, null, 0, 10), Ct);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(entries.Zip(positions, (e, p) => e with { Position = p }), all);
        Assert.Equal(3, (await store.ListRefusalsAsync(new RefusalQuery("m-1", null, null, 0, 10), Ct)).Count);
        Assert.Equal(
            [positions[1], positions[2]],
            (await store.ListRefusalsAsync(new RefusalQuery(null, Noon.AddHours(1), Noon.AddHours(3), 0, 10), Ct)).Select(r => r.Position));
        Assert.Equal(
            [positions[2]],
            (await store.ListRefusalsAsync(new RefusalQuery("m-1", null, null, positions[0], 1), Ct)).Select(r => r.Position));
    }

    [Fact]
    public async Task Registry_records_a_version_only_when_the_content_changes()
    {
        var store = await OpenAsync();
        byte[] first = Encoding.UTF8.GetBytes("registry 1"), second = Encoding.UTF8.GetBytes("registry 2");

        var v1 = await store.RecordRegistryAsync(first, [1], Noon, Ct);
        var same = await store.RecordRegistryAsync(first, [1], Noon.AddDays(1), Ct);
        var v2 = await store.RecordRegistryAsync(second, [2], Noon.AddDays(2), Ct);
        var back = await store.RecordRegistryAsync(first, [1], Noon.AddDays(3), Ct);

        Assert.Equal((1L, Noon), (v1.Version, v1.RecordedTime));
        Assert.Equal((1L, Noon), (same.Version, same.RecordedTime));
        Assert.Equal(first, same.Content);
        Assert.Equal((2L, second), (v2.Version, v2.Content));
        Assert.Equal(3, back.Version);
        Assert.Equal(3, (await (await ReopenAsync(store)).RecordRegistryAsync(first, [1], Noon.AddDays(4), Ct)).Version);
    }

    [Fact]
    public async Task Daily_sequences_never_repeat_under_concurrency_or_across_reopening()
    {
        var store = await OpenAsync();
        var day = new DateOnly(2025, 11, 3);
        var issued = new ConcurrentBag<long>();

        foreach (var n in await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => store.ReserveDailySequenceAsync("A", day, Ct))))
        {
            issued.Add(n);
        }

        var reopened = await ReopenAsync(store);
        foreach (var n in await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => reopened.ReserveDailySequenceAsync("A", day, Ct))))
        {
            issued.Add(n);
        }

        Assert.Equal(60, issued.Distinct().Count());
        Assert.All(issued, n => Assert.True(n >= 1));
        Assert.Equal(1, await reopened.ReserveDailySequenceAsync("A", day.AddDays(1), Ct));
        Assert.Equal(1, await reopened.ReserveDailySequenceAsync("B", day, Ct));
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
