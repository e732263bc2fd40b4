namespace Interop.Store;

/// <summary>Write-path counters a store keeps, for metrics and the group-commit check.</summary>
public sealed class StoreCounters
{
    private long appends;
    private long commits;

    /// <summary>Appends committed.</summary>
    public long Appends => Interlocked.Read(ref appends);

    /// <summary>Durable commits (disk syncs) performed.</summary>
    public long Commits => Interlocked.Read(ref commits);

    /// <summary>Counts one durable commit carrying some committed appends.</summary>
    public void RecordCommit(int committedAppends)
    {
        Interlocked.Add(ref appends, committedAppends);
        Interlocked.Increment(ref commits);
    }
}
