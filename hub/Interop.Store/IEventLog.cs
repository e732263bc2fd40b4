namespace Interop.Store;

/// <summary>The hub's event log: every committed event of every dossier, by global position, as checkpoints read it.</summary>
public interface IEventLog
{
    /// <summary>The id of the log positions this store assigns.</summary>
    string LogId { get; }

    /// <summary>
    /// The event log after a position, in position order: committed events only, none skipped
    /// (a reader never sees a later position before an earlier one is committed).
    /// </summary>
    Task<IReadOnlyList<LogEntry>> ReadLogAsync(long afterPosition, int limit, CancellationToken cancellationToken);
}
