using System.Globalization;
using System.Text;
using Interop.Adapters.Sdk.Text;

namespace Interop.Sim.FileDrop;

/// <summary>The faults the simulated program shows, switched on per run.</summary>
[Flags]
public enum DeskFaults
{
    None = 0,

    /// <summary>A file appears in two goes, a pause between them.</summary>
    Partial = 1,

    /// <summary>New lines are added to the last export file, rewritten in place, instead of a new file.</summary>
    Rewrite = 2,

    /// <summary>File names alternate between two date formats.</summary>
    AltName = 4,

    /// <summary>Every line is written twice.</summary>
    Duplicate = 8,

    /// <summary>The file is written in the other legacy encoding.</summary>
    WrongEncoding = 16,

    /// <summary>The first line of a file has an impossible date.</summary>
    Malformed = 32,
}

/// <summary>
/// The program's side of the shared folder: exports its changed dossiers into <c>xuat/</c> and imports
/// the files it finds in <c>nhap/</c>, moving them to <c>nhap/da-xu-ly/</c>. It writes its files with
/// its own code, as the real program does (fixed-width values cut at their width in bytes, even inside
/// a letter), encoding text with its font's table.
/// </summary>
internal sealed class DeskFolder(string share, bool fixedWidth, LegacyEncoding encoding, DeskFaults faults)
{
    private static readonly (string Name, int Width)[] Columns =
    [
        ("SoBienNhan", 20), ("NgayNhan", 10), ("GioNhan", 5), ("NgayHenTra", 10), ("MaTTHC", 20), ("MaTruongHop", 10),
        ("HoTenChuHoSo", 60), ("SoCMND", 12), ("DiaChi", 120), ("MaXa", 5), ("TrichYeu", 250), ("MaCanBo", 10),
        ("TrangThai", 2), ("NgayCapNhat", 19),
    ];

    private int exports;

    public TimeSpan PartialPause { get; init; } = TimeSpan.FromSeconds(1.5);

    public string ExportFolder => Path.Combine(share, "xuat");

    public string ImportFolder => Path.Combine(share, "nhap");

    /// <summary>Writes the dossiers changed since the last export; the file's name, or null when nothing changed.</summary>
    public async Task<string?> ExportAsync(DeskStore store, DateTime now, CancellationToken cancellationToken)
    {
        var changed = store.ChangedSinceExport();
        if (changed.Count == 0)
        {
            return null;
        }

        Directory.CreateDirectory(ExportFolder);
        var written = faults.HasFlag(DeskFaults.WrongEncoding) ? Other(encoding) : encoding;
        var lines = new List<byte[]>();
        for (var i = 0; i < changed.Count; i++)
        {
            var line = LineOf(changed[i], written, malformed: i == 0 && faults.HasFlag(DeskFaults.Malformed));
            lines.Add(line);
            if (faults.HasFlag(DeskFaults.Duplicate))
            {
                lines.Add(line);
            }
        }

        var previous = faults.HasFlag(DeskFaults.Rewrite) ? new DirectoryInfo(ExportFolder).EnumerateFiles().OrderBy(f => f.LastWriteTimeUtc).LastOrDefault() : null;
        var path = previous?.FullName ?? Path.Combine(ExportFolder, NameOf(now));
        var body = new List<byte>();
        if (previous is not null)
        {
            body.AddRange(await File.ReadAllBytesAsync(previous.FullName, cancellationToken));
        }
        else if (!fixedWidth)
        {
            body.AddRange(Encoding.ASCII.GetBytes(string.Join(';', Columns.Select(c => c.Name)) + "\r\n"));
        }

        foreach (var line in lines)
        {
            body.AddRange(line);
            body.AddRange("\r\n"u8.ToArray());
        }

        var bytes = body.ToArray();
        if (faults.HasFlag(DeskFaults.Partial))
        {
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
            {
                await file.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), cancellationToken);
            }

            await Task.Delay(PartialPause, cancellationToken);
        }

        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        store.MarkExported(changed);
        exports++;
        return Path.GetFileName(path);
    }

    /// <summary>The program's full export ("xuất toàn bộ") of every dossier into <c>toan-bo/</c>, for an adapter's onboarding; its path.</summary>
    public async Task<string> ExportAllAsync(DeskStore store, DateTime now, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(share, "toan-bo");
        Directory.CreateDirectory(folder);
        var body = new List<byte>();
        if (!fixedWidth)
        {
            body.AddRange(Encoding.ASCII.GetBytes(string.Join(';', Columns.Select(c => c.Name)) + "\r\n"));
        }

        foreach (var dossier in store.All())
        {
            body.AddRange(LineOf(dossier, encoding, malformed: false));
            body.AddRange("\r\n"u8.ToArray());
        }

        var path = Path.Combine(folder, "TOAN_BO_" + now.ToString("ddMMyyyy", CultureInfo.InvariantCulture) + (fixedWidth ? ".txt" : ".csv"));
        await File.WriteAllBytesAsync(path, [.. body], cancellationToken);
        return path;
    }

    /// <summary>Imports every file in <c>nhap/</c>: each line a new status and a history row (twice for a file read twice), then moves the file away.</summary>
    public int Import(DeskStore store, DateTime now)
    {
        if (!Directory.Exists(ImportFolder))
        {
            return 0;
        }

        var done = Path.Combine(ImportFolder, "da-xu-ly");
        Directory.CreateDirectory(done);
        var imported = 0;
        foreach (var file in new DirectoryInfo(ImportFolder).EnumerateFiles("*.csv").Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var lines = Encoding.Latin1.GetString(File.ReadAllBytes(file.FullName)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1);
            foreach (var line in lines)
            {
                var fields = SplitCsv(line);
                if (fields.Count < 4 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
                {
                    continue;
                }

                var content = LegacyTextCodec.Decode(Encoding.Latin1.GetBytes(fields[2]), encoding);
                imported += store.SetStatus(fields[0], status, content, now, file.Name) ? 1 : 0;
            }

            File.Move(file.FullName, Path.Combine(done, file.Name), overwrite: true);
        }

        return imported;
    }

    private byte[] LineOf(DeskDossier dossier, LegacyEncoding written, bool malformed)
    {
        string[] values =
        [
            dossier.Receipt,
            malformed ? string.Create(CultureInfo.InvariantCulture, $"31/02/{dossier.Received.Year}") : dossier.Received.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            dossier.Received.ToString("HH:mm", CultureInfo.InvariantCulture),
            dossier.Appointment?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
            dossier.Procedure, dossier.Case, dossier.Owner, dossier.IdNumber, dossier.Address, dossier.Commune, dossier.Summary, dossier.Officer,
            dossier.Status.ToString(CultureInfo.InvariantCulture),
            dossier.Updated.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        ];
        var line = new List<byte>();
        for (var i = 0; i < values.Length; i++)
        {
            var bytes = LegacyTextCodec.Encode(values[i], written);
            if (fixedWidth)
            {
                // The program cuts a value at its width, in bytes, wherever that falls.
                var width = Columns[i].Width;
                line.AddRange(bytes.Take(width));
                line.AddRange(Enumerable.Repeat((byte)' ', Math.Max(0, width - bytes.Length)));
                continue;
            }

            if (i > 0)
            {
                line.Add((byte)';');
            }

            if (bytes.Any(b => b is (byte)';' or (byte)'"'))
            {
                line.Add((byte)'"');
                foreach (var b in bytes)
                {
                    line.Add(b);
                    if (b == (byte)'"')
                    {
                        line.Add(b);
                    }
                }

                line.Add((byte)'"');
            }
            else
            {
                line.AddRange(bytes);
            }
        }

        return [.. line];
    }

    private string NameOf(DateTime now)
    {
        var extension = fixedWidth ? ".txt" : ".csv";
        return faults.HasFlag(DeskFaults.AltName) && exports % 2 == 1
            ? "HS" + now.ToString("yyyyMMdd_HHmmss_fff", CultureInfo.InvariantCulture) + extension
            : "HS_" + now.ToString("ddMMyyyy_HHmmss_fff", CultureInfo.InvariantCulture) + extension;
    }

    private static LegacyEncoding Other(LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
