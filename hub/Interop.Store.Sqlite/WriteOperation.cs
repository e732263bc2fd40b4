namespace Interop.Store.Sqlite;

/// <summary>
/// One unit of work for the writer. It runs inside the batch transaction under its own savepoint, and
/// its caller learns the outcome only after the batch's COMMIT has reached the disk.
/// </summary>
internal abstract class WriteOperation(CancellationToken cancellationToken)
{
    private Exception? failure;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Whether this operation's result has already been decided as a failure of its own.</summary>
    public bool HasFailed => failure is not null;

    /// <summary>How the commit this operation rides in is counted, unless another of its batch ranks first.</summary>
    public virtual CommitClass Commit => CommitClass.Other;

    /// <summary>Appends this operation committed (for the group-commit counters).</summary>
    public virtual int CommittedAppends => 0;

    /// <summary>Inbox items this operation appended, announced to watchers once the batch is durable.</summary>
    public virtual IReadOnlyList<InboxCommit> CommittedInboxItems => [];

    /// <summary>Does the work; returns false to have its savepoint rolled back (a refusal that writes nothing).</summary>
    public abstract bool Execute(WriterSession session);

    /// <summary>Records a failure of this operation alone; the rest of the batch goes on.</summary>
    public void FailAlone(Exception exception) => failure = exception;

    /// <summary>Publishes the outcome: called only once the batch is durable (or has failed as a whole).</summary>
    public void Complete()
    {
        if (failure is not null)
        {
            SetException(failure);
        }
        else
        {
            SetResult();
        }
    }

    /// <summary>The whole batch failed: nothing of it was written.</summary>
    public void FailWithBatch(Exception exception) => SetException(failure ?? exception);

    public abstract void Cancel();

    protected abstract void SetResult();

    protected abstract void SetException(Exception exception);
}
