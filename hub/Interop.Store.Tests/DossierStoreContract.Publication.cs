using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>Nothing is acknowledged or readable before its commit is durable, and readers never wait for the writer.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    [Fact]
    public async Task No_append_completes_while_its_commit_is_held()
    {
        var gate = new CommitGate();
        var store = await OpenAsync(gate.Hooks);

        var tasks = Enumerable.Range(0, 10).Select(i => store.AppendAsync(Append($"d-{i}", 0), Ct)).ToArray();
        await gate.Reached.WaitAsync(Ct);
        await Task.Delay(300, Ct);

        Assert.All(tasks, task => Assert.False(task.IsCompleted));
        gate.Release();
        Assert.All(await Task.WhenAll(tasks), r => Assert.Equal(AppendOutcome.Committed, r.Outcome));
    }

    [Fact]
    public async Task Reads_do_not_wait_for_a_held_commit_and_do_not_see_it()
    {
        var gate = new CommitGate(armed: false);
        var store = await OpenAsync(gate.Hooks);
        await store.AppendAsync(Append("d-1", 0, routes: [Route("A", 1)]), Ct);
        gate.Arm();

        var held = store.AppendAsync(Append("d-1", 1, routes: [Route("A", 2)]), Ct);
        await gate.Reached.WaitAsync(Ct);

        var during = await store.ReadDossierAsync("d-1", Ct).WaitAsync(TimeSpan.FromSeconds(5), Ct);
        Assert.Equal(1, during!.Version);
        Assert.Single(await store.ReadEventsAsync("d-1", 0, 10, Ct));
        Assert.Equal(1, await store.InboxHeadAsync("A", Ct));
        gate.Release();
        await held;
        Assert.Equal(2, (await store.ReadDossierAsync("d-1", Ct))!.Version);
    }

    [Fact]
    public async Task Append_cancelled_before_its_commit_began_writes_nothing()
    {
        var gate = new CommitGate();
        var store = await OpenAsync(gate.Hooks);
        var blocker = store.AppendAsync(Append("blocker", 0), Ct);
        await gate.Reached.WaitAsync(Ct);
        using var cancel = new CancellationTokenSource();

        var cancelled = store.AppendAsync(Append("d-1", 0), cancel.Token);
        await cancel.CancelAsync();
        gate.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await blocker;
        Assert.Null(await store.ReadDossierAsync("d-1", Ct));
    }

    [Fact]
    public async Task Store_is_writable_when_healthy()
    {
        var store = await OpenAsync();

        Assert.True(await store.IsWritableAsync(Ct));
    }
}
