namespace Interop.Store.Sqlite;

/// <summary>Where and how the SQLite store keeps its file.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file; its folder is created when missing.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// Opens even when the file cannot keep a durable log (no WAL, or synchronous below FULL), with a
    /// warning. Off by default: an acknowledged write must survive a power cut.
    /// </summary>
    public bool AllowWeakDurability { get; init; }

    /// <summary>
    /// Whether a commit waits for the disk (<c>synchronous=FULL</c>, the default). False runs with
    /// <c>synchronous=OFF</c> and needs <see cref="AllowWeakDurability"/>: only for the benchmark's
    /// baseline that separates the hub's own cost from the disk's, never to serve members.
    /// </summary>
    public bool SyncCommits { get; init; } = true;

    /// <summary>
    /// How long the writer waits for more operations before a commit when the previous batch held
    /// several (concurrent load), so that one disk sync serves more callers; a lone caller never waits.
    /// Zero turns lingering off.
    /// </summary>
    public TimeSpan CommitLinger { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// Free bytes the file system holding the store must keep. Below it the writer refuses every
    /// batch (<see cref="StoreUnavailableException"/>) and the store reports itself unwritable: SQLite
    /// fails only when a write needs a block it cannot get, and until then it keeps writing into the
    /// WAL's old space, so without this a full disk would pass a probe yet fail the next larger append
    /// and every checkpoint. 0 turns the guard off.
    /// </summary>
    public long MinimumFreeBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Test hook: awaited by the writer right before each COMMIT, with the store's closing token, so a
    /// test can hold a disk sync open (or fail it) and watch what callers see meanwhile.
    /// </summary>
    public Func<CancellationToken, Task>? BeforeCommit { get; init; }

    /// <summary>
    /// Test hook: read by the writer before each batch; a number caps the file's pages
    /// (<c>PRAGMA max_page_count</c>), null lifts the cap. Lowering it makes SQLite answer SQLITE_FULL
    /// exactly as a full disk does, which a test run as root cannot otherwise provoke (chmod does not
    /// stop root, and mounting a small file system needs privileges CI does not grant).
    /// </summary>
    public Func<long?>? MaxPageCount { get; init; }
}
