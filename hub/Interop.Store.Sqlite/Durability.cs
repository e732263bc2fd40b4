namespace Interop.Store.Sqlite;

/// <summary>The journal mode and synchronous level a connection actually got (SQLite ignores what it cannot do).</summary>
internal readonly record struct Durability(string JournalMode, long Synchronous)
{
    // PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. NORMAL in WAL mode can lose the last
    // commits on power loss, which would lose acknowledged writes.
    private const long Full = 2;

    public bool IsDurable => string.Equals(JournalMode, "wal", StringComparison.OrdinalIgnoreCase) && Synchronous >= Full;

    public override string ToString() => $"journal_mode={JournalMode}, synchronous={Synchronous}";
}
