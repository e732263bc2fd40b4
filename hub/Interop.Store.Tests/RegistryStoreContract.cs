using System.Text;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The registry store's part of the contract: a version per change of content, kept across reopening.</summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract class RegistryStoreContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output)
    : StoreContract<TStore>(location, output)
    where TStore : IStoreEngine, IRegistryStore
{
    private static readonly DateTimeOffset Noon = new(2025, 11, 3, 12, 0, 0, TimeSpan.FromHours(7));

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
    public async Task Registry_versions_commit_apart_from_the_write_path()
    {
        var store = await OpenAsync();

        await store.RecordRegistryAsync(Encoding.UTF8.GetBytes("registry 1"), [1], Noon, Ct);

        Assert.Equal((0L, 0L, 1L), (store.Counters.Commits, store.Counters.ProbeCommits, store.Counters.OtherCommits));
    }
}
