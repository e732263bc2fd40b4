using System.Globalization;
using System.Security.Cryptography;

namespace Interop.Store.Sqlite;

/// <summary>The tables, created at open; the log id is made once and kept in the file.</summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    // An event's hash and place live apart from its large values (event_blobs, same position), so that
    // reading the log's hashes at start (the checkpoint tree) reads a compact table, not every blob.
    // Positions (events, refusals) use AUTOINCREMENT so that a number is never handed out twice,
    // even if the newest rows are ever removed (archiving). Times are UTC ticks plus offset minutes.
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS dossiers(
            id TEXT PRIMARY KEY, version INTEGER NOT NULL, state BLOB NOT NULL, head_hash BLOB NOT NULL,
            created_order INTEGER NOT NULL UNIQUE, status INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS events(
            position INTEGER PRIMARY KEY AUTOINCREMENT, dossier_id TEXT NOT NULL, sequence INTEGER NOT NULL,
            type INTEGER NOT NULL, hash BLOB NOT NULL,
            recorded_ticks INTEGER NOT NULL, recorded_offset INTEGER NOT NULL, UNIQUE(dossier_id, sequence));
        CREATE TABLE IF NOT EXISTS event_blobs(
            position INTEGER PRIMARY KEY, body BLOB NOT NULL, personal_part BLOB, receipt BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS claims(
            kind INTEGER NOT NULL, key TEXT NOT NULL, dossier_id TEXT NOT NULL, PRIMARY KEY(kind, key)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS lookup_digests(
            national_code TEXT PRIMARY KEY, dossier_id TEXT NOT NULL, salt BLOB NOT NULL, digest BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS idempotency(
            member_id TEXT NOT NULL, request_id TEXT NOT NULL, digest BLOB NOT NULL, dossier_id TEXT NOT NULL,
            sequence INTEGER NOT NULL, recorded_ticks INTEGER NOT NULL, recorded_offset INTEGER NOT NULL,
            PRIMARY KEY(member_id, request_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inbox(
            agency_id TEXT NOT NULL, inbox_sequence INTEGER NOT NULL, dossier_id TEXT NOT NULL,
            event_sequence INTEGER NOT NULL, roles TEXT NOT NULL, origin_member_id TEXT NOT NULL,
            origin_request_id TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY(agency_id, inbox_sequence)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inbox_heads(agency_id TEXT PRIMARY KEY, head INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inbox_subscriptions(
            member_id TEXT NOT NULL, agency_id TEXT NOT NULL, acknowledged INTEGER NOT NULL, delivered INTEGER NOT NULL,
            PRIMARY KEY(member_id, agency_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS dossier_roles(
            dossier_id TEXT NOT NULL, agency_id TEXT NOT NULL, role INTEGER NOT NULL, created_order INTEGER NOT NULL,
            PRIMARY KEY(dossier_id, agency_id, role)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS dossier_roles_by_role ON dossier_roles(agency_id, role, created_order);
        CREATE INDEX IF NOT EXISTS dossier_roles_by_agency ON dossier_roles(agency_id, created_order);
        CREATE TABLE IF NOT EXISTS daily_sequences(
            agency_id TEXT NOT NULL, local_date TEXT NOT NULL, next INTEGER NOT NULL,
            PRIMARY KEY(agency_id, local_date)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS refusals(
            position INTEGER PRIMARY KEY AUTOINCREMENT, time_ticks INTEGER NOT NULL, time_offset INTEGER NOT NULL,
            member_id TEXT NOT NULL, acting_agency_id TEXT NOT NULL, method TEXT NOT NULL, dossier_id TEXT NOT NULL,
            request_id TEXT NOT NULL, status_code INTEGER NOT NULL, reason TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS refusals_by_member ON refusals(member_id, position);
        CREATE TABLE IF NOT EXISTS registry_versions(
            version INTEGER PRIMARY KEY, digest BLOB NOT NULL, content BLOB NOT NULL,
            recorded_ticks INTEGER NOT NULL, recorded_offset INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS probe(filler BLOB);
        INSERT OR IGNORE INTO meta(key, value) VALUES('probe', '0');
        """;

    /// <summary>Schema 1 to 2, once: the events' large values move to event_blobs (the table is rewritten, in the open's transaction).</summary>
    private static void MoveBlobsOutOfEvents(WriterSession session) => session.Execute("""
        INSERT INTO event_blobs(position, body, personal_part, receipt) SELECT position, body, personal_part, receipt FROM events;
        ALTER TABLE events DROP COLUMN body;
        ALTER TABLE events DROP COLUMN personal_part;
        ALTER TABLE events DROP COLUMN receipt;
        """);

    /// <summary>Creates what is missing and returns the file's log id, making it on first open.</summary>
    public static string Create(WriterSession session)
    {
        session.Execute("BEGIN IMMEDIATE");
        try
        {
            // Inbox heads outlive pruning, so that a sequence is never handed out twice; a file written
            // before they existed takes them from its items, once.
            var hadHeads = (long)session.Prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'inbox_heads'").ExecuteScalar()! > 0;
            var blobsInEvents = (long)session.Prepare("SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'body'").ExecuteScalar()! > 0;
            session.Execute(Tables);
            if (blobsInEvents)
            {
                MoveBlobsOutOfEvents(session);
            }

            if (!hadHeads)
            {
                session.Execute("INSERT OR IGNORE INTO inbox_heads(agency_id, head) SELECT agency_id, MAX(inbox_sequence) FROM inbox GROUP BY agency_id");
            }

            var stored = session.Prepare("SELECT value FROM meta WHERE key = 'schema_version'").ExecuteScalar();
            if (stored is not null && Convert.ToInt32(stored, CultureInfo.InvariantCulture) > Version)
            {
                throw new InvalidOperationException($"The SQLite store was written by a newer hub (schema {stored}, this hub knows {Version}); refusing to open it.");
            }

            session.Prepare("INSERT INTO meta(key, value) VALUES('schema_version', @v) ON CONFLICT(key) DO UPDATE SET value = @v").Bind("@v", Version.ToString(CultureInfo.InvariantCulture)).ExecuteNonQuery();
            session.Prepare("INSERT OR IGNORE INTO meta(key, value) VALUES('log_id', @id)")
                .Bind("@id", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))
                .ExecuteNonQuery();
            var logId = (string)session.Prepare("SELECT value FROM meta WHERE key = 'log_id'").ExecuteScalar()!;
            session.Execute("COMMIT");
            return logId;
        }
        catch
        {
            session.TryRollback();
            throw;
        }
    }
}
