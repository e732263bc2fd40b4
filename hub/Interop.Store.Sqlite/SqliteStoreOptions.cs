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
