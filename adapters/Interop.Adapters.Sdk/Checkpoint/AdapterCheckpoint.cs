using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Interop.Adapters.Sdk.Checkpoint;

/// <summary>
/// The adapter's durable memory, a SQLite file beside it (WAL, synchronous=FULL): what it appended at
/// the hub from the legacy side, how far it processed and acknowledged each agency's inbox, the one
/// legacy write it may have been doing when it died, its read cursors on the legacy side, and the
/// parked records. Every method commits before it returns, so a kill -9 at any instant leaves either
/// the state before the call or the state after it.
/// </summary>
/// <remarks>
/// Exactly once towards the legacy system, which may not be idempotent: <see cref="BeginWrite"/>
/// records the item and a marker the write will leave in the legacy system before writing;
/// <see cref="CompleteWrite"/> records that it was written; only then is the item acknowledged at the
/// hub. After a crash <see cref="PendingWrite"/> names the item whose write may or may not have
/// happened, and the adapter looks for its marker in the legacy system before writing again.
/// </remarks>
public sealed class AdapterCheckpoint : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS appended(
            record_id TEXT NOT NULL, version TEXT NOT NULL, step TEXT NOT NULL,
            request_id TEXT NOT NULL, dossier_id TEXT NOT NULL, sequence INTEGER NOT NULL, appended_at TEXT NOT NULL,
            PRIMARY KEY(record_id, version, step)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inbox_progress(
            agency_id TEXT PRIMARY KEY, processed INTEGER NOT NULL, acknowledged INTEGER NOT NULL,
            pending_sequence INTEGER, pending_marker TEXT, checkpoint_note TEXT) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS cursors(name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS parked(
            id INTEGER PRIMARY KEY AUTOINCREMENT, direction TEXT NOT NULL, record_id TEXT NOT NULL, version TEXT NOT NULL,
            field TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, payload BLOB NOT NULL,
            parked_at TEXT NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS parked_by_record ON parked(direction, record_id, state);
        """;

    private readonly SqliteConnection connection;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    private AdapterCheckpoint(SqliteConnection connection, TimeProvider time)
    {
        this.connection = connection;
        this.time = time;
    }

    /// <summary>Opens (or makes) the checkpoint file; the operator's CLI opens the same file beside a running adapter.</summary>
    public static AdapterCheckpoint Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        var checkpoint = new AdapterCheckpoint(connection, time ?? TimeProvider.System);
        try
        {
            checkpoint.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000");
            checkpoint.Execute(Schema);
            return checkpoint;
        }
        catch
        {
            checkpoint.Dispose();
            throw;
        }
    }

    // ---- legacy → hub

    /// <summary>Whether this step of this version of the legacy record was appended at the hub.</summary>
    public bool IsAppended(string recordId, string version, string step)
        => Scalar("SELECT 1 FROM appended WHERE record_id = @r AND version = @v AND step = @s", ("@r", recordId), ("@v", version), ("@s", step)) is not null;

    /// <summary>Records that the hub committed (or replayed) the step; idempotent.</summary>
    public void MarkAppended(string recordId, string version, string step, string requestId, string dossierId, long sequence)
        => Execute(
            "INSERT OR IGNORE INTO appended VALUES(@r, @v, @s, @q, @d, @n, @t)",
            ("@r", recordId), ("@v", version), ("@s", step), ("@q", requestId), ("@d", dossierId), ("@n", sequence), ("@t", Now()));

    /// <summary>The hub dossier id a legacy record was appended as, by any step of any version.</summary>
    public string? DossierIdOf(string recordId)
        => Scalar("SELECT dossier_id FROM appended WHERE record_id = @r LIMIT 1", ("@r", recordId)) as string;

    /// <summary>The legacy record id a hub dossier was appended from, if this adapter appended it.</summary>
    public string? RecordIdOf(string dossierId)
        => Scalar("SELECT record_id FROM appended WHERE dossier_id = @d LIMIT 1", ("@d", dossierId)) as string;

    public string? Cursor(string name) => Scalar("SELECT value FROM cursors WHERE name = @n", ("@n", name)) as string;

    public void SetCursor(string name, string value)
        => Execute("INSERT INTO cursors VALUES(@n, @v) ON CONFLICT(name) DO UPDATE SET value = excluded.value", ("@n", name), ("@v", value));

    /// <summary>Sets a cursor that is set once: the first value stays; returns the value that stays.</summary>
    public string SetCursorOnce(string name, string value)
        => Execute("INSERT INTO cursors VALUES(@n, @v) ON CONFLICT(name) DO NOTHING", ("@n", name), ("@v", value)) == 1 ? value : Cursor(name)!;

    // ---- hub → legacy

    /// <summary>How far the agency's inbox was processed and acknowledged, and the write that may be half done.</summary>
    public InboxProgress Progress(string agencyId)
    {
        lock (gate)
        {
            using var command = Command("SELECT processed, acknowledged, pending_sequence, pending_marker, checkpoint_note FROM inbox_progress WHERE agency_id = @a", ("@a", agencyId));
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new InboxProgress(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : new PendingWrite(reader.GetInt64(2), reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4))
                : new InboxProgress(0, 0, null, null);
        }
    }

    /// <summary>Before writing an item into the legacy system: the item and the marker by which the write can be found there.</summary>
    public void BeginWrite(string agencyId, long sequence, string marker)
    {
        var progress = Progress(agencyId);
        if (sequence <= progress.Processed)
        {
            throw new InvalidOperationException($"Inbox item {sequence} of {agencyId} was processed already (through {progress.Processed}).");
        }

        if (progress.Pending is { } pending && pending.Sequence != sequence)
        {
            throw new InvalidOperationException($"Inbox item {pending.Sequence} of {agencyId} is still being written; resolve it first.");
        }

        Upsert(agencyId, "pending_sequence = @p, pending_marker = @m", ("@p", sequence), ("@m", marker));
    }

    /// <summary>After the item was written (or found written) in the legacy system, or needed no write: it is processed.</summary>
    public void CompleteWrite(string agencyId, long sequence)
        => Upsert(agencyId, "processed = MAX(processed, @s), pending_sequence = NULL, pending_marker = NULL", ("@s", sequence));

    /// <summary>After the hub took the acknowledgement.</summary>
    public void Acknowledged(string agencyId, long sequence)
        => Upsert(agencyId, "acknowledged = MAX(acknowledged, @s)", ("@s", sequence));

    /// <summary>Keeps the latest signed checkpoint the hub sent (STANDARD INBOX-9).</summary>
    public void KeepCheckpoint(string agencyId, string note)
        => Upsert(agencyId, "checkpoint_note = @n", ("@n", note));

    // ---- parking

    /// <summary>Parks a record that could not be mapped, with what was wrong and where; returns its id.</summary>
    public long Park(ParkDirection direction, string recordId, string version, MappingProblem problem, byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();

            // One open parking per record and direction: a record parked again replaces its older entry.
            using (var older = Command("UPDATE parked SET state = 'replaced' WHERE direction = @d AND record_id = @r AND state IN ('parked', 'retry')", ("@d", Name(direction)), ("@r", recordId)))
            {
                older.Transaction = transaction;
                older.ExecuteNonQuery();
            }

            using var insert = Command(
                "INSERT INTO parked(direction, record_id, version, field, reason, detail, payload, parked_at, attempts, state) VALUES(@d, @r, @v, @f, @why, @detail, @p, @t, 0, 'parked') RETURNING id",
                ("@d", Name(direction)), ("@r", recordId), ("@v", version), ("@f", problem.Field), ("@why", problem.Reason), ("@detail", problem.Detail), ("@p", payload), ("@t", Now()));
            insert.Transaction = transaction;
            var id = (long)insert.ExecuteScalar()!;
            transaction.Commit();
            return id;
        }
    }

    /// <summary>The parked records still open (parked, or waiting for the adapter to retry them), oldest first.</summary>
    public IReadOnlyList<ParkedRecord> ListParked() => ReadParked("state IN ('parked', 'retry') ORDER BY id");

    /// <summary>The records an operator asked to retry, for the adapter to take again.</summary>
    public IReadOnlyList<ParkedRecord> RetryRequested() => ReadParked("state = 'retry' ORDER BY id");

    public ParkedRecord? Parked(long id) => ReadParked("id = @id", ("@id", id)) is [var record] ? record : null;

    /// <summary>Whether the record has an open parking in that direction (it is not taken again until retried).</summary>
    public bool IsParked(ParkDirection direction, string recordId) => OpenParking(direction, recordId) is not null;

    /// <summary>The record's open parking in that direction, if any.</summary>
    public ParkedRecord? OpenParking(ParkDirection direction, string recordId)
        => ReadParked("direction = @d AND record_id = @r AND state IN ('parked', 'retry')", ("@d", Name(direction)), ("@r", recordId)) is [var record] ? record : null;

    /// <summary>The operator's retry: the adapter takes the record again on its next pass. False when no such open record.</summary>
    public bool RequestRetry(long id) => Execute("UPDATE parked SET state = 'retry' WHERE id = @id AND state = 'parked'", ("@id", id)) == 1;

    /// <summary>The operator's drop: the record is given up on, and the entry stays as the record of that decision.</summary>
    public bool Drop(long id) => Execute("UPDATE parked SET state = 'dropped' WHERE id = @id AND state IN ('parked', 'retry')", ("@id", id)) == 1;

    /// <summary>A parked record went through: its parking is closed (unless it was parked again meanwhile, replaced, or dropped).</summary>
    public void Resolved(long id) => Execute("UPDATE parked SET state = 'resolved', attempts = attempts + 1 WHERE id = @id AND state IN ('parked', 'retry')", ("@id", id));

    public void Dispose() => connection.Dispose();

    private static string Name(ParkDirection direction) => direction == ParkDirection.ToHub ? "to-hub" : "to-legacy";

    private List<ParkedRecord> ReadParked(string where, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Command("SELECT id, direction, record_id, version, field, reason, detail, payload, parked_at, attempts, state FROM parked WHERE " + where, parameters);
            using var reader = command.ExecuteReader();
            var records = new List<ParkedRecord>();
            while (reader.Read())
            {
                records.Add(new ParkedRecord(
                    reader.GetInt64(0),
                    reader.GetString(1) == "to-hub" ? ParkDirection.ToHub : ParkDirection.ToLegacy,
                    reader.GetString(2),
                    reader.GetString(3),
                    new MappingProblem(reader.GetString(5), reader.GetString(4), reader.GetString(6)),
                    (byte[])reader.GetValue(7),
                    DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture),
                    reader.GetInt32(9),
                    reader.GetString(10)));
            }

            return records;
        }
    }

    private void Upsert(string agencyId, string set, params (string Name, object? Value)[] parameters)
        => Execute(
            "INSERT INTO inbox_progress(agency_id, processed, acknowledged) VALUES(@agency, 0, 0) ON CONFLICT(agency_id) DO NOTHING; UPDATE inbox_progress SET " + set + " WHERE agency_id = @agency",
            [("@agency", agencyId), .. parameters]);

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Command(sql, parameters);
            return command.ExecuteNonQuery();
        }
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (gate)
        {
            using var command = Command(sql, parameters);
            return command.ExecuteScalar();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
