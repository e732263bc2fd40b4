using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Interop.Sim.Land;

/// <summary>
/// The land system's database: records with its own ids (<c>HSD-NNNNNN</c>), their status, and the feed of
/// reports it publishes. Taking a transfer is not idempotent: the same message posted twice makes two records.
/// </summary>
internal sealed class LandStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    private LandStore(SqliteConnection connection) => this.connection = connection;

    public static LandStore Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        var store = new LandStore(connection);
        store.Execute("""
            PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS records(number INTEGER PRIMARY KEY AUTOINCREMENT, receipt TEXT NOT NULL, status INTEGER NOT NULL,
                content TEXT NOT NULL, received TEXT NOT NULL, officer TEXT NOT NULL, security TEXT NOT NULL, message TEXT NOT NULL, updated TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS records_by_receipt ON records(receipt);
            CREATE TABLE IF NOT EXISTS reports(seq INTEGER PRIMARY KEY AUTOINCREMENT, number INTEGER NOT NULL, kind TEXT NOT NULL,
                content TEXT NOT NULL, at TEXT NOT NULL);
            """);
        return store;
    }

    public LandRecord Take(TransferMessage message, DateTime now)
    {
        lock (gate)
        {
            var number = (long)Scalar(
                "INSERT INTO records(receipt, status, content, received, officer, security, message, updated) VALUES(@r, 1, @c, @t, @o, @s, @m, @t) RETURNING number",
                ("@r", message.SoBienNhan), ("@c", message.NoiDungXuLy), ("@t", Format(now)), ("@o", message.MaCanBoNhan), ("@s", message.SecurityCode),
                ("@m", System.Text.Json.JsonSerializer.Serialize(message)))!;
            return Find(number)!;
        }
    }

    /// <summary>An officer of the land office changes a record's status: the change is published as a report.</summary>
    public LandReport? Update(string id, int status, string content, DateTime now)
    {
        lock (gate)
        {
            if (NumberOf(id) is not { } number || Execute("UPDATE records SET status = @s, content = @c, updated = @t WHERE number = @n", ("@s", status), ("@c", content), ("@t", Format(now)), ("@n", number)) == 0)
            {
                return null;
            }

            var seq = (long)Scalar("INSERT INTO reports(number, kind, content, at) VALUES(@n, @k, @c, @t) RETURNING seq", ("@n", number), ("@k", LandCodes.ReportOf(status)), ("@c", content), ("@t", Format(now)))!;
            return Reports(seq - 1, 1).Single();
        }
    }

    /// <summary>A record with the transfer message it was made from, as its detail screen shows it.</summary>
    public LandRecordDetail? Detail(string id)
    {
        lock (gate)
        {
            if (NumberOf(id) is not { } number || Find(number) is not { } record)
            {
                return null;
            }

            var message = System.Text.Json.JsonSerializer.Deserialize<TransferMessage>((string)Scalar("SELECT message FROM records WHERE number = @n", ("@n", number))!)!;
            return new LandRecordDetail(record.MaHoSo, record.MaTrangThai, record.NgayNhan, message);
        }
    }

    public LandPage<LandRecord> Records(string? receipt, int page, int size)
    {
        lock (gate)
        {
            var where = receipt is null ? "" : " WHERE receipt = @r";
            var total = Convert.ToInt32(Scalar("SELECT COUNT(*) FROM records" + where, ("@r", receipt)), CultureInfo.InvariantCulture);
            using var command = Command("SELECT number FROM records" + where + " ORDER BY number LIMIT @l OFFSET @o", ("@r", receipt), ("@l", size), ("@o", (page - 1) * size));
            var numbers = new List<long>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    numbers.Add(reader.GetInt64(0));
                }
            }

            return new LandPage<LandRecord>(total, page, [.. numbers.Select(n => Find(n)!)]);
        }
    }

    public IReadOnlyList<LandReport> Reports(long after, int limit)
    {
        lock (gate)
        {
            using var command = Command(
                "SELECT p.seq, p.number, r.receipt, p.kind, p.content, p.at FROM reports p JOIN records r ON r.number = p.number WHERE p.seq > @a ORDER BY p.seq LIMIT @l",
                ("@a", after), ("@l", limit));
            using var reader = command.ExecuteReader();
            var reports = new List<LandReport>();
            while (reader.Read())
            {
                reports.Add(new LandReport(reader.GetInt64(0), IdOf(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
            }

            return reports;
        }
    }

    public void Dispose() => connection.Dispose();

    private LandRecord? Find(long number)
    {
        using var command = Command("SELECT receipt, status, content, received, officer, security, updated FROM records WHERE number = @n", ("@n", number));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LandRecord(IdOf(number), reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6))
            : null;
    }

    private static string IdOf(long number) => string.Create(CultureInfo.InvariantCulture, $"HSD-{number:D6}");

    private static long? NumberOf(string id)
        => id.StartsWith("HSD-", StringComparison.Ordinal) && long.TryParse(id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // The land system writes its times dd/MM/yyyy HH:mm:ss, local.
    private static string Format(DateTime now) => now.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
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
