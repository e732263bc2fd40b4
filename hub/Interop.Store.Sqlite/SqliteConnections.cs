using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    /// <summary>
    /// Makes closing the connection leave the WAL and shared-memory files alone. The last connection
    /// to a database checkpoints on close and then deletes its "-wal" and "-shm" files by name: a
    /// reader or the checkpointer opened before the file system was mounted again would delete the
    /// new files under the writer, and with them commits. Only the writer's own close cleans up.
    /// </summary>
    public static void KeepFilesOnClose(SqliteConnection connection)
    {
        var result = raw.sqlite3_db_config(connection.Handle, raw.SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, out _);
        SqliteException.ThrowExceptionForRC(result, connection.Handle);
    }

    /// <summary>Pooled: WAL lets readers run beside the writer, so each read takes a connection of its own.</summary>
    public static string Reader(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
        DefaultTimeout = BusySeconds,
    }.ToString();
}
