namespace Interop.Store.Sqlite;

/// <summary>A write operation whose caller awaits a value.</summary>
internal abstract class WriteOperation<T>(CancellationToken cancellationToken) : WriteOperation(cancellationToken)
{
    // Continuations run elsewhere, so completing a batch of 256 callers never runs their code on the writer.
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => completion.Task;

    /// <summary>The value decided inside the transaction, held back until the commit.</summary>
    protected T? Result { get; set; }

    public override void Cancel() => completion.TrySetCanceled(CancellationToken);

    protected override void SetResult() => completion.TrySetResult(Result!);

    protected override void SetException(Exception exception) => completion.TrySetException(exception);
}
