namespace Interop.Hub.Tests.Durability;

/// <summary>The store's BeforeCommit hook as a gate: while closed, every durable commit waits right before its disk sync.</summary>
internal sealed class DiskSyncGate
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? closed;

    /// <summary>Completes when a commit first waits at the closed gate.</summary>
    public Task Reached => reached.Task;

    public void Close() => Volatile.Write(ref closed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Open() => Interlocked.Exchange(ref closed, null)?.TrySetResult();

    public async Task BeforeCommitAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref closed) is { } gate)
        {
            reached.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }
    }
}
