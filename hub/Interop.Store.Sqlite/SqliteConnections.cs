using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>Connection strings of the one writer and the pooled readers.</summary>
internal static class SqliteConnections
{
    // Seconds Microsoft.Data.Sqlite keeps retrying SQLITE_BUSY before giving up; only another
    // process on the same file can make us wait, and then the store is unavailable.
    private const int BusySeconds = 5;

    /// <summary>Unpooled, so that closing it after a failure really drops the file handle and a reopen starts clean.</summary>
    public static string Writer(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = BusySeconds,
    }.ToString();

    /// <summary>Pooled: WAL lets readers run beside the writer, so each read takes a connection of its own.</summary>
    public static string Reader(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        DefaultTimeout = BusySeconds,
    }.ToString();
}
