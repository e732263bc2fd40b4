using System.Text;
using Interop.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>What only the SQLite store has: its durability settings and how it meets a full disk.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDirectory folder = new("interop-store-");
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => timeout.Token;

    private static SqliteStore Store(SqliteStoreOptions options) => new(options, NullLogger<SqliteStore>.Instance);

    [Fact]
    public async Task Open_refuses_a_database_that_cannot_keep_a_durable_log()
    {
        await using var store = Store(new SqliteStoreOptions { Path = ":memory:" });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.OpenAsync(Ct));

        Assert.Contains("durable", refused.Message, StringComparison.Ordinal);
        Assert.Contains("AllowWeakDurability", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_accepts_a_weak_log_only_when_opted_in()
    {
        await using var store = Store(new SqliteStoreOptions { Path = ":memory:", AllowWeakDurability = true });

        await store.OpenAsync(Ct);

        Assert.True(await store.IsWritableAsync(Ct));
    }

    [Fact]
    public async Task Open_leaves_the_file_in_wal_mode()
    {
        var path = folder.File("sub/hub.db");
        await using (var store = Store(new SqliteStoreOptions { Path = path }))
        {
            await store.OpenAsync(Ct);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Large_values_are_kept_compressed_and_read_back_byte_for_byte()
    {
        var path = folder.File("hub.db");
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Đăng ký biến động do chuyển nhượng thửa đất số 45, tờ bản đồ số 12; ", 300)));
        byte[] body = [0x0a, .. text];
        var append = Append("d-1", 0) with { State = [0x12, .. text] };
        append = append with { Events = [append.Events[0] with { Body = body, PersonalPart = [0x1a, .. text] }] };
        await using (var store = Store(new SqliteStoreOptions { Path = path }))
        {
            await store.OpenAsync(Ct);
            await store.AppendAsync(append, Ct);

            var stored = (await store.ReadEventsAsync("d-1", 0, 10, Ct)).Single();
            Assert.Equal(body, stored.Body);
            Assert.Equal(append.Events[0].PersonalPart, stored.PersonalPart);
            Assert.Equal(append.State, (await store.ReadDossierAsync("d-1", Ct))!.State);
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(b.body), length(b.personal_part), length(d.state) FROM event_blobs b JOIN events e ON e.position = b.position JOIN dossiers d ON d.id = e.dossier_id";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.All(new[] { reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2) }, length => Assert.InRange(length, 1, text.Length / 4));
    }

    [Fact]
    public async Task A_file_of_schema_1_opens_with_its_events_blobs_moved_apart_and_reads_as_before()
    {
        var path = folder.File("hub.db");
        byte[] body = [0x0a, 1, 2, 3];
        await using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await old.OpenAsync(Ct);
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES('schema_version', '1'), ('log_id', '00112233445566778899aabbccddeeff');
                CREATE TABLE events(
                    position INTEGER PRIMARY KEY AUTOINCREMENT, dossier_id TEXT NOT NULL, sequence INTEGER NOT NULL,
                    type INTEGER NOT NULL, body BLOB NOT NULL, hash BLOB NOT NULL, personal_part BLOB, receipt BLOB NOT NULL,
                    recorded_ticks INTEGER NOT NULL, recorded_offset INTEGER NOT NULL, UNIQUE(dossier_id, sequence));
                INSERT INTO events(dossier_id, sequence, type, body, hash, personal_part, receipt, recorded_ticks, recorded_offset)
                VALUES('d-1', 1, 20, x'0a010203', x'aa', x'0a02', x'0b', 0, 420);
                """;
            await command.ExecuteNonQueryAsync(Ct);
        }

        await using var store = Store(new SqliteStoreOptions { Path = path });
        await store.OpenAsync(Ct);

        var stored = Assert.Single(await store.ReadEventsAsync("d-1", 0, 10, Ct));
        Assert.Equal(body, stored.Body);
        Assert.Equal([0x0a, 0x02], stored.PersonalPart);
        Assert.Equal([0x0b], stored.Receipt);
        Assert.Equal(1, stored.Position);
        Assert.Equal(new byte[] { 0xaa }, Assert.Single(await store.ReadLogAsync(0, 10, Ct)).Hash);
        Assert.Equal("00112233445566778899aabbccddeeff", store.LogId);
        Assert.Equal(AppendOutcome.Committed, (await store.AppendAsync(Append("d-2", 0), Ct)).Outcome);
        Assert.Equal(2, Assert.Single(await store.ReadEventsAsync("d-2", 0, 10, Ct)).Position);
    }

    /// <summary>
    /// A full disk, simulated with SQLite's own page cap (PRAGMA max_page_count through a test option):
    /// the tests run as root, which chmod does not stop, and mounting a small file system needs privileges.
    /// </summary>
    [Fact]
    public async Task Full_disk_makes_appends_unavailable_writing_nothing_and_the_store_recovers_without_reopening()
    {
        long? cap = null;
        await using var store = Store(new SqliteStoreOptions { Path = folder.File("hub.db"), MaxPageCount = () => cap });
        await store.OpenAsync(Ct);
        await store.AppendAsync(Append("d-1", 0), Ct);
        var big = Append("d-2", 0, bodySize: 64 * 1024, request: Request("m-1", "r-2", "d-2"), claims: [NationalCode("C-2")], routes: [Route("A", 1)]);

        cap = 1;
        var full = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.AppendAsync(big, Ct));

        Assert.Equal(13, Assert.IsType<SqliteException>(full.InnerException).SqliteErrorCode); // SQLITE_FULL

        Assert.Null(await store.ReadDossierAsync("d-2", Ct));
        Assert.Null(await store.FindIdempotencyAsync("m-1", "r-2", Ct));
        Assert.Null(await store.FindClaimAsync(NationalCode("C-2"), Ct));
        Assert.Equal(0, await store.InboxHeadAsync("A", Ct));
        cap = null;
        Assert.Equal(AppendOutcome.Committed, (await store.AppendAsync(big, Ct)).Outcome);
        Assert.Equal(1, await store.InboxHeadAsync("A", Ct));
    }

    [Fact]
    public async Task Writability_probe_reports_a_full_disk_and_its_end()
    {
        long? cap = null;
        await using var store = Store(new SqliteStoreOptions { Path = folder.File("hub.db"), MaxPageCount = () => cap });
        await store.OpenAsync(Ct);
        await store.AppendAsync(Append("d-1", 0), Ct);

        cap = 1;
        var whileFull = await store.IsWritableAsync(Ct);
        cap = null;
        var afterwards = await store.IsWritableAsync(Ct);

        Assert.False(whileFull);
        Assert.True(afterwards);
    }

    [Fact]
    public async Task Store_refuses_calls_before_open_and_after_dispose()
    {
        var store = Store(new SqliteStoreOptions { Path = folder.File("hub.db") });
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync(Append("d-1", 0), Ct));
        await store.OpenAsync(Ct);
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendAsync(Append("d-1", 0), Ct));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ReadDossierAsync("d-1", Ct));
    }

    public void Dispose()
    {
        folder.Dispose();
        timeout.Dispose();
    }
}
