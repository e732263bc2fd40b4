namespace Interop.Store;

/// <summary>
/// Durable commits a store made, by what they carried, for metrics and the group-commit check. A commit
/// counts once, in the first class it fits: the write path (an append or a code reservation), then
/// other writes (inbox deliveries and acknowledgements, refusals, registry versions), then health
/// probes alone. So <see cref="Appends"/> / <see cref="Commits"/> is the appends per sync of the write path.
/// </summary>
public sealed class StoreCounters
{
    private long appends;
    private long commits;
    private long probeCommits;
    private long otherCommits;
    private long statementTicks;
    private long commitTicks;

    /// <summary>Appends committed.</summary>
    public long Appends => Interlocked.Read(ref appends);

    /// <summary>Durable commits (disk syncs) that carried at least one append or code reservation.</summary>
    public long Commits => Interlocked.Read(ref commits);

    /// <summary>Durable commits that carried health probes only.</summary>
    public long ProbeCommits => Interlocked.Read(ref probeCommits);

    /// <summary>Durable commits that carried neither an append nor a code reservation, but some other write.</summary>
    public long OtherCommits => Interlocked.Read(ref otherCommits);

    /// <summary>Time the single writer spent running its batches' statements (everything but the commits): its serial work.</summary>
    public TimeSpan StatementTime => TimeSpan.FromTicks(Interlocked.Read(ref statementTicks));

    /// <summary>Time the single writer spent in its batches' commits, the disk syncs included.</summary>
    public TimeSpan CommitTime => TimeSpan.FromTicks(Interlocked.Read(ref commitTicks));

    /// <summary>Adds one batch's time in its statements and in its commit.</summary>
    public void RecordWriterTime(TimeSpan statements, TimeSpan commit)
    {
        Interlocked.Add(ref statementTicks, statements.Ticks);
        Interlocked.Add(ref commitTicks, commit.Ticks);
    }

    /// <summary>Counts one durable commit of the write path carrying some committed appends (none for reservations or refused appends alone).</summary>
    public void RecordCommit(int committedAppends)
    {
        Interlocked.Add(ref appends, committedAppends);
        Interlocked.Increment(ref commits);
    }

    /// <summary>Counts one durable commit that carried health probes only.</summary>
    public void RecordProbeCommit() => Interlocked.Increment(ref probeCommits);

    /// <summary>Counts one durable commit of other writes only.</summary>
    public void RecordOtherCommit() => Interlocked.Increment(ref otherCommits);
}
