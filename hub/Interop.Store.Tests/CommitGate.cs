namespace Interop.Store.Tests;

/// <summary>Holds one commit of a store until released, and says when the store has reached it.</summary>
internal sealed class CommitGate
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int armed;

    /// <summary>A gate that holds the first commit; an unarmed one holds the first commit after <see cref="Arm"/>.</summary>
    public CommitGate(bool armed = true) => this.armed = armed ? 1 : 0;

    public StoreHooks Hooks => new() { BeforeCommit = HoldAsync };

    public Task Reached => reached.Task;

    public void Arm() => Volatile.Write(ref armed, 1);

    public void Release() => released.TrySetResult();

    /// <summary>Has the store reach this gate with an append of its own and returns that append: what is queued next forms one batch once released.</summary>
    public async Task<Task<AppendResult>> HoldWithAsync(IDossierStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var blocker = store.AppendAsync(Appends.Append("blocker", 0), cancellationToken);
        await Reached.WaitAsync(cancellationToken);
        return blocker;
    }

    private async Task HoldAsync(CancellationToken cancellationToken)
    {
        // Only one commit waits: what is queued meanwhile goes together in the next batch.
        if (Interlocked.Exchange(ref armed, 0) == 1)
        {
            reached.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }
    }
}
