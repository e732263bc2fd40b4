using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>
/// The writer's connection with its prepared statements. Statements are cached by text because
/// Microsoft.Data.Sqlite keeps a command's compiled statement only while its text is unchanged.
/// </summary>
internal sealed class WriterSession : IDisposable
{
    // The background checkpointer keeps the WAL far below this; SQLite's own checkpoint inside a
    // COMMIT only runs if it falls behind (16384 pages, about 64 MB of 4 KB pages). A WAL that grew
    // past 64 MB is cut back to that when it restarts.
    private const string WalLimits = "PRAGMA wal_autocheckpoint = 16384; PRAGMA journal_size_limit = 67108864";

    // Settings of the writer's connection. page_size takes effect only on a file still empty (a store
    // made before keeps its pages). 4 KB pages: the packed values (PackedBlob) fit in one, and most
    // of an append's rows land on a random leaf of their index (dossier, request, vendor code), so each
    // commit writes one page per such row to the WAL: 16 KB pages wrote about 140 KB per 10 KB
    // dossier, 4 KB pages about 60 KB. Savepoints journal in memory, not in a temporary file; the page
    // cache holds the hot b-tree pages of a busy writer.
    private const string PageLayout = "PRAGMA page_size = 4096; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536";

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private long? appliedPageLimit;
    private long defaultPageLimit;

    private WriterSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>Whether a statement failed in a way that makes the connection suspect; it is then replaced after the batch.</summary>
    public bool Suspect { get; set; }

    /// <summary>Opens the file, puts it in WAL mode with synchronous=FULL and checks that both took effect.</summary>
    public static WriterSession Open(SqliteStoreOptions options, out Durability durability)
    {
        var connection = new SqliteConnection(SqliteConnections.Writer(options.Path));
        var session = new WriterSession(connection);
        try
        {
            connection.Open();
            session.Execute(PageLayout);
            var journal = Convert.ToString(session.Prepare("PRAGMA journal_mode = WAL").ExecuteScalar(), CultureInfo.InvariantCulture);
            session.Execute(options.SyncCommits ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF");
            session.Execute(WalLimits);
            var synchronous = Convert.ToInt64(session.Prepare("PRAGMA synchronous").ExecuteScalar(), CultureInfo.InvariantCulture);
            durability = new Durability(journal ?? "", synchronous);
            session.defaultPageLimit = Convert.ToInt64(session.Prepare("PRAGMA max_page_count").ExecuteScalar(), CultureInfo.InvariantCulture);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public SqliteCommand Prepare(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    public void Execute(string sql) => Prepare(sql).ExecuteNonQuery();

    /// <summary>Undoes the current savepoint; false when the whole transaction is already gone (SQLite rolled it back itself).</summary>
    public bool TryRollbackTo(string savepoint)
    {
        try
        {
            Execute("ROLLBACK TO " + savepoint);
            Execute("RELEASE " + savepoint);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public void TryRollback()
    {
        try
        {
            Execute("ROLLBACK");
        }
        catch (SqliteException)
        {
            // Nothing to roll back: SQLite already ended the transaction.
        }
    }

    /// <summary>Applies the test hook's page cap between batches; SQLite never lowers it below the pages already used.</summary>
    public void ApplyPageLimit(long? limit)
    {
        if (limit == appliedPageLimit)
        {
            return;
        }

        Prepare("PRAGMA max_page_count = " + (limit ?? defaultPageLimit).ToString(CultureInfo.InvariantCulture)).ExecuteScalar();
        appliedPageLimit = limit;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        Connection.Dispose();
    }
}
