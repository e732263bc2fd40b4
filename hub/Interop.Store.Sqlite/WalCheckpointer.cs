using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Interop.Store.Sqlite;

/// <summary>
/// Copies the WAL back into the database file on a connection of its own, so that the writer's
/// commits do not pay for it (SQLite's automatic checkpoint runs inside the COMMIT that crosses the
/// threshold). PASSIVE never waits for the writer or readers; the writer keeps SQLite's automatic
/// checkpoint at a high threshold as a backstop in case this one falls behind.
/// </summary>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    // Signals coalesce: while a checkpoint runs, any number of commits ask for one more.
    private readonly Channel<bool> requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private readonly string path;
    private readonly ILogger logger;
    private readonly Task loop;
    private volatile bool reconnect;

    public WalCheckpointer(string path, ILogger logger)
    {
        this.path = path;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Asks for a checkpoint after a commit; never blocks.</summary>
    public void Request() => requests.Writer.TryWrite(true);

    /// <summary>Opens the file afresh before the next checkpoint (the writer reopened it after a failure).</summary>
    public void Reconnect() => reconnect = true;

    public async ValueTask DisposeAsync()
    {
        requests.Writer.TryComplete();
        await loop;
    }

    private async Task RunAsync()
    {
        SqliteConnection? connection = null;
        await foreach (var _ in requests.Reader.ReadAllAsync())
        {
            try
            {
                if (reconnect)
                {
                    reconnect = false;
                    connection?.Dispose();
                    connection = null;
                }

                connection ??= Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                command.ExecuteNonQuery();
            }
            catch (SqliteException exception)
            {
                // The writer reports an unusable disk to callers; here it is only logged, and the next request retries.
                logger.CheckpointFailed(exception);
                connection?.Dispose();
                connection = null;
            }
        }

        connection?.Dispose();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(SqliteConnections.Writer(path));
        connection.Open();
        SqliteConnections.KeepFilesOnClose(connection);

        // A checkpoint syncs the database file per this connection's setting before the WAL may be
        // reused; anything weaker could lose committed frames on power failure.
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = FULL";
        command.ExecuteNonQuery();
        return connection;
    }
}
