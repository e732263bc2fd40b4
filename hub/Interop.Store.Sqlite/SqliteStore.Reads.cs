using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>Reads: each on a pooled connection of its own, so the writer never holds them up (WAL).</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public Task<StoredDossier?> ReadDossierAsync(string dossierId, CancellationToken cancellationToken)
        => ReadAsync(
            $"SELECT {RowReaders.DossierColumns} FROM dossiers AS d WHERE d.id = @id",
            command => command.Bind("@id", dossierId),
            RowReaders.Dossier,
            rows => rows.Count == 0 ? null : rows[0],
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string dossierId, long afterSequence, int limit, CancellationToken cancellationToken)
        => ReadListAsync(
            """
            SELECT e.dossier_id, e.sequence, b.body, e.hash, b.personal_part, e.position, b.receipt
            FROM events AS e JOIN event_blobs AS b ON b.position = e.position
            WHERE e.dossier_id = @id AND e.sequence > @after ORDER BY e.sequence LIMIT @limit
            """,
            command => command.Bind("@id", dossierId).Bind("@after", afterSequence).Bind("@limit", limit),
            RowReaders.Event,
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(long afterPosition, int limit, CancellationToken cancellationToken)
        => ReadListAsync(
            "SELECT position, dossier_id, sequence, hash FROM events WHERE position > @after ORDER BY position LIMIT @limit",
            command => command.Bind("@after", afterPosition).Bind("@limit", limit),
            reader => new LogEntry(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), (byte[])reader.GetValue(3)),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IdempotencyRecord?> FindIdempotencyAsync(string memberId, string requestId, CancellationToken cancellationToken)
        => ReadAsync(
            RowReaders.IdempotencyQuery,
            command => command.Bind("@member", memberId).Bind("@request", requestId),
            RowReaders.Idempotency,
            rows => rows.Count == 0 ? null : rows[0],
            cancellationToken);

    /// <inheritdoc/>
    public Task<string?> FindClaimAsync(Claim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ReadAsync(
            "SELECT dossier_id FROM claims WHERE kind = @kind AND key = @key",
            command => command.Bind("@kind", (int)claim.Kind).Bind("@key", claim.Key),
            reader => reader.GetString(0),
            rows => rows.Count == 0 ? null : rows[0],
            cancellationToken);
    }

    private Task<IReadOnlyList<T>> ReadListAsync<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
        => ReadAsync(sql, bind, map, rows => (IReadOnlyList<T>)rows, cancellationToken);

    private async Task<TResult> ReadAsync<T, TResult>(
        string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> map, Func<List<T>, TResult> shape, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            await using var connection = new SqliteConnection(readerConnectionString);
            await connection.OpenAsync(cancellationToken);
            SqliteConnections.KeepFilesOnClose(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }

            return shape(rows);
        }
        catch (SqliteException exception) when (SqliteErrors.IsUnavailable(exception))
        {
            logger.ReadFailed(exception);
            throw SqliteErrors.ForCaller(exception);
        }
    }
}
