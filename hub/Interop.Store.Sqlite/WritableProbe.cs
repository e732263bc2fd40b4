namespace Interop.Store.Sqlite;

/// <summary>
/// Proves the file can take a write now: a committed one-row update (read-only file systems and I/O
/// errors fail it) and, under a savepoint that is rolled back, a blob that needs one page more than the
/// free list holds (the test cap on pages fails it). A full disk is caught before, by the writer's
/// free-space guard (<see cref="SqliteStoreOptions.MinimumFreeBytes"/>): the rolled-back blob never
/// reaches the disk. Costs one small sync.
/// </summary>
internal sealed class WritableProbe(CancellationToken cancellationToken) : WriteOperation<bool>(cancellationToken)
{
    public override CommitClass Commit => CommitClass.Probe;

    public override bool Execute(WriterSession session)
    {
        session.Execute("SAVEPOINT probe_space");
        session.Execute("""
            INSERT INTO probe(filler)
            SELECT zeroblob((f.freelist_count + 1) * p.page_size) FROM pragma_freelist_count AS f, pragma_page_size AS p
            """);
        session.Execute("ROLLBACK TO probe_space");
        session.Execute("RELEASE probe_space");
        session.Execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'probe'");
        Result = true;
        return true;
    }
}
