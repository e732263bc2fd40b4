using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The refusal log's part of the contract: durable entries, listed oldest first with filters.</summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract class RefusalLogContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output)
    : StoreContract<TStore>(location, output)
    where TStore : IStoreEngine, IRefusalLog
{
    private static readonly DateTimeOffset Noon = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(7));

    private static RefusalEntry Refusal(string member, int hours)
        => new(0, Noon.AddHours(hours), member, "000.00.31.H56", "/interop.dossier.v1.DossierService/ReceiveDossier", "d-" + hours, "r-" + hours, new RefusalStatusCode(9), "LIFECYCLE_TRANSITION_REFUSED");

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
    public async Task Refusals_commit_apart_from_the_write_path()
    {
        var store = await OpenAsync();

        await store.AppendRefusalAsync(Refusal("m-1", 0), Ct);

        Assert.Equal((0L, 0L, 1L), (store.Counters.Commits, store.Counters.ProbeCommits, store.Counters.OtherCommits));
    }
}
