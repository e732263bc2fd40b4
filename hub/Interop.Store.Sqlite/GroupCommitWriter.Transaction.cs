using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>The synchronous SQL of a batch: begin, one savepoint per operation, commit or abandon.</summary>
internal sealed partial class GroupCommitWriter
{
    private WriterSession Begin()
    {
        RequireFreeSpace();
        var current = session ??= Reopen();
        current.ApplyPageLimit(options.MaxPageCount?.Invoke());
        current.Execute("BEGIN IMMEDIATE");
        return current;
    }

    private WriterSession Reopen()
    {
        var reopened = WriterSession.Open(options, out var durability);
        if (!durability.IsDurable && !options.AllowWeakDurability)
        {
            reopened.Dispose();
            throw new InvalidOperationException($"The SQLite store reopened without durability ({durability}).");
        }

        // The file may not be the one the failed connection had open (a file system mounted again
        // after an error): readers and the checkpointer must not go on with the old one.
        using (var readers = new SqliteConnection(SqliteConnections.Reader(options.Path)))
        {
            SqliteConnection.ClearPool(readers);
        }

        checkpointer.Reconnect();
        logger.WriterReopened(options.Path);
        return reopened;
    }

    private void RequireFreeSpace()
    {
        if (options.MinimumFreeBytes > 0 && new DriveInfo(folder).AvailableFreeSpace < options.MinimumFreeBytes)
        {
            throw new StoreUnavailableException(
                $"The file system holding the SQLite store has less than {options.MinimumFreeBytes} bytes free; nothing is written until space is freed.");
        }
    }

    private static void Run(WriterSession current, List<WriteOperation> batch)
    {
        foreach (var operation in batch)
        {
            current.Execute("SAVEPOINT " + Savepoint);
            try
            {
                if (operation.Execute(current))
                {
                    current.Execute("RELEASE " + Savepoint);
                }
                else if (!current.TryRollbackTo(Savepoint))
                {
                    throw new StoreUnavailableException("SQLite ended the transaction while a refusal was rolled back.");
                }
            }
#pragma warning disable CA1031 // One operation's failure must not take the others of its batch down.
            catch (Exception exception) when (exception is not StoreUnavailableException)
#pragma warning restore CA1031
            {
                // If SQLite already ended the whole transaction there is no savepoint left, and the batch is lost.
                if (!current.TryRollbackTo(Savepoint))
                {
                    throw;
                }

                current.Suspect |= SqliteErrors.IsUnavailable(exception);
                operation.FailAlone(SqliteErrors.ForCaller(exception));
            }
        }
    }

    private void Commit(WriterSession current)
    {
        current.Execute("COMMIT");
        if (current.Suspect)
        {
            // Some statement met an unusable disk; start the next batch on a fresh connection.
            DropSession();
        }
    }

    private void Abandon(List<WriteOperation> batch, Exception exception)
    {
        session?.TryRollback();
        DropSession();
        logger.BatchFailed(batch.Count, exception);
        var unavailable = exception as StoreUnavailableException
            ?? new StoreUnavailableException("The SQLite store could not commit; nothing of this batch was written.", exception);
        foreach (var operation in batch)
        {
            operation.FailWithBatch(unavailable);
        }
    }

    private void DropSession()
    {
        session?.Dispose();
        session = null;
    }
}
