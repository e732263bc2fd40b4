using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Interop.Sim.FileDrop;

/// <summary>One dossier of the desk program, as its own table holds it.</summary>
internal sealed record DeskDossier(
    string Receipt, DateTime Received, DateTime? Appointment, string Procedure, string Case, string Owner, string IdNumber,
    string Address, string Commune, string Summary, string Officer, int Status, DateTime Updated);

/// <summary>One row of a dossier's history: what changed it, from which import file if any.</summary>
internal sealed record DeskHistory(long Id, string Receipt, int Status, string Content, DateTime At, string Source);

/// <summary>
/// The desk program's own database (SQLite): its dossiers with its own receipt numbers
/// (<c>BN-yyyy-NNNNNN</c>, a counter per year), their status and history, and the version each was
/// last exported at. Like the real program it is not idempotent: every imported line adds a history row.
/// </summary>
internal sealed class DeskStore : IDisposable
{
    private const string Stamp = "yyyy-MM-dd HH:mm:ss";
    private readonly SqliteConnection connection;
    private readonly long firstNumber;
    private SqliteTransaction? transaction;

    private DeskStore(SqliteConnection connection, long firstNumber)
    {
        this.connection = connection;
        this.firstNumber = firstNumber;
    }

    /// <summary>The program's database; a year's first receipt is numbered <paramref name="firstNumber"/> (installed mid-year, it goes on from the paper register).</summary>
    public static DeskStore Open(string path, long firstNumber = 1)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        var store = new DeskStore(connection, firstNumber);
        store.Execute("""
            PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS counters(year INTEGER PRIMARY KEY, next INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS dossiers(receipt TEXT PRIMARY KEY, received TEXT NOT NULL, appointment TEXT, procedure TEXT NOT NULL,
                case_code TEXT NOT NULL, owner TEXT NOT NULL, id_number TEXT NOT NULL, address TEXT NOT NULL, commune TEXT NOT NULL,
                summary TEXT NOT NULL, officer TEXT NOT NULL, status INTEGER NOT NULL, updated TEXT NOT NULL, exported TEXT);
            CREATE TABLE IF NOT EXISTS history(id INTEGER PRIMARY KEY AUTOINCREMENT, receipt TEXT NOT NULL, status INTEGER NOT NULL,
                content TEXT NOT NULL, at TEXT NOT NULL, source TEXT NOT NULL);
            """);
        return store;
    }

    /// <summary>Receives a dossier at the desk: the next receipt number of the year, status 1.</summary>
    public DeskDossier Receive(DateTime now, string procedure, string caseCode, string owner, string idNumber, string address, string commune, string summary, string officer, DateTime? appointment = null)
    {
        transaction = connection.BeginTransaction();
        var next = Convert.ToInt64(Scalar("INSERT INTO counters VALUES(@y, @first) ON CONFLICT(year) DO UPDATE SET next = next + 1 RETURNING next", ("@y", now.Year), ("@first", firstNumber)), CultureInfo.InvariantCulture);
        var received = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
        var dossier = new DeskDossier(string.Create(CultureInfo.InvariantCulture, $"BN-{now.Year}-{next:D6}"), received, appointment, procedure, caseCode, owner, idNumber, address, commune, summary, officer, 1, Truncated(now));
        Execute(
            "INSERT INTO dossiers VALUES(@r, @rec, @app, @p, @c, @o, @id, @a, @x, @s, @off, 1, @u, NULL)",
            ("@r", dossier.Receipt), ("@rec", dossier.Received.ToString(Stamp, CultureInfo.InvariantCulture)), ("@app", appointment?.ToString(Stamp, CultureInfo.InvariantCulture)),
            ("@p", procedure), ("@c", caseCode), ("@o", owner), ("@id", idNumber), ("@a", address), ("@x", commune), ("@s", summary), ("@off", officer), ("@u", dossier.Updated.ToString(Stamp, CultureInfo.InvariantCulture)));
        AddHistory(dossier.Receipt, 1, "Tiếp nhận hồ sơ", now, "desk");
        Commit();
        return dossier;
    }

    /// <summary>An officer's change of status at the desk (3 hand-over, 5 supplemented, 7 returned…).</summary>
    public bool SetStatus(string receipt, int status, string content, DateTime now, string source)
    {
        transaction = connection.BeginTransaction();
        var changed = Execute("UPDATE dossiers SET status = @s, updated = @u, exported = NULL WHERE receipt = @r", ("@s", status), ("@u", Truncated(now).ToString(Stamp, CultureInfo.InvariantCulture)), ("@r", receipt)) == 1;
        if (changed)
        {
            AddHistory(receipt, status, content, now, source);
        }

        Commit();
        return changed;
    }

    public IReadOnlyList<DeskDossier> All() => Read("SELECT * FROM dossiers ORDER BY receipt");

    /// <summary>The dossiers changed since their last export.</summary>
    public IReadOnlyList<DeskDossier> ChangedSinceExport() => Read("SELECT * FROM dossiers WHERE exported IS NULL ORDER BY receipt");

    public void MarkExported(IEnumerable<DeskDossier> dossiers)
    {
        foreach (var dossier in dossiers)
        {
            Execute("UPDATE dossiers SET exported = @u WHERE receipt = @r", ("@u", dossier.Updated.ToString(Stamp, CultureInfo.InvariantCulture)), ("@r", dossier.Receipt));
        }
    }

    public IReadOnlyList<DeskHistory> History(string? receipt = null)
    {
        using var command = Command("SELECT id, receipt, status, content, at, source FROM history" + (receipt is null ? "" : " WHERE receipt = @r") + " ORDER BY id", ("@r", receipt));
        using var reader = command.ExecuteReader();
        var rows = new List<DeskHistory>();
        while (reader.Read())
        {
            rows.Add(new DeskHistory(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), Parse(reader.GetString(4)), reader.GetString(5)));
        }

        return rows;
    }

    public void Dispose() => connection.Dispose();

    private void Commit()
    {
        transaction!.Commit();
        transaction.Dispose();
        transaction = null;
    }

    private void AddHistory(string receipt, int status, string content, DateTime at, string source)
        => Execute("INSERT INTO history(receipt, status, content, at, source) VALUES(@r, @s, @c, @a, @src)", ("@r", receipt), ("@s", status), ("@c", content), ("@a", at.ToString(Stamp, CultureInfo.InvariantCulture)), ("@src", source));

    private List<DeskDossier> Read(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<DeskDossier>();
        while (reader.Read())
        {
            rows.Add(new DeskDossier(
                reader.GetString(0), Parse(reader.GetString(1)), reader.IsDBNull(2) ? null : Parse(reader.GetString(2)), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetInt32(11), Parse(reader.GetString(12))));
        }

        return rows;
    }

    private static DateTime Parse(string text) => DateTime.ParseExact(text, Stamp, CultureInfo.InvariantCulture);

    private static DateTime Truncated(DateTime now) => new(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second);

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
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
