using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>Commit counters: appends per sync of the write path, with health probes' own syncs counted apart.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    [Fact]
    public async Task Health_probes_alone_are_counted_apart_from_the_write_path()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0), Ct);

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await store.IsWritableAsync(Ct));
        }

        await store.AppendAsync(Append("d-2", 0), Ct);

        Assert.Equal((2L, 2L, 3L, 0L), (store.Counters.Appends, store.Counters.Commits, store.Counters.ProbeCommits, store.Counters.OtherCommits));
    }

    [Fact]
    public async Task Probe_sharing_a_commit_with_an_append_leaves_the_commit_to_the_write_path()
    {
        var gate = new CommitGate();
        var store = await OpenAsync(gate.Hooks);
        var blocker = await gate.HoldWithAsync(store, Ct);

        var probe = store.IsWritableAsync(Ct);
        var appended = store.AppendAsync(Append("d-1", 0), Ct);
        gate.Release();
        await Task.WhenAll(blocker, probe, appended);

        Assert.Equal((2L, 2L, 0L, 0L), (store.Counters.Appends, store.Counters.Commits, store.Counters.ProbeCommits, store.Counters.OtherCommits));
    }
}
