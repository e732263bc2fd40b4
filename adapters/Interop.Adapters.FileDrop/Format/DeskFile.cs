using System.Text;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Mapping;
using Interop.Adapters.Sdk.Text;

namespace Interop.Adapters.FileDrop.Format;

/// <summary>The two layouts of the desk software's files.</summary>
public enum DeskFileLayout
{
    /// <summary><c>;</c>-separated with a header line of the column names, <c>"</c>-quoted where a value holds <c>;</c>, <c>"</c> or a line break.</summary>
    Csv,

    /// <summary>No header; each column padded with spaces to its width in bytes (<see cref="DeskColumns.All"/>).</summary>
    FixedWidth,
}

/// <summary>One line of a desk file: its record, or why it cannot be read (it is parked whole, its bytes kept).</summary>
public sealed record DeskLine(int Number, byte[] Bytes, DeskRecord? Record, MappingProblem? Problem)
{
    /// <summary>The receipt number the line names, when that much can be read: the parked record's id.</summary>
    public string? ReceiptNumber { get; init; }
}

/// <summary>A desk file as read: its complete lines, and whether it ended inside a line (the software is still writing it).</summary>
public sealed record DeskFileContent(IReadOnlyList<DeskLine> Lines, bool IncompleteTail, MappingProblem? FileProblem);

/// <summary>
/// Reads and writes the desk software's dossier files. Lines end in CR LF (a lone LF is taken too).
/// The separators, quotes and line ends are ASCII, which no letter of TCVN3 or VNI uses, so a line is
/// split into fields on its bytes and each field decoded apart: a field that does not decode names its
/// column. Writing refuses, and never truncates, a value longer than its fixed width.
/// </summary>
public static class DeskFile
{
    private const byte Separator = (byte)';';
    private const byte Quote = (byte)'"';

    public static DeskFileContent Read(ReadOnlySpan<byte> bytes, DeskFileLayout layout, LegacyEncoding encoding)
    {
        var lines = SplitLines(bytes, layout == DeskFileLayout.Csv, out var incompleteTail);
        var read = new List<DeskLine>(lines.Count);
        var first = 0;
        if (layout == DeskFileLayout.Csv)
        {
            if (lines.Count == 0)
            {
                return new DeskFileContent([], incompleteTail, null);
            }

            var header = Encoding.ASCII.GetString(lines[0]);
            var expected = string.Join(';', DeskColumns.All.Select(c => c.Name));
            if (!string.Equals(header, expected, StringComparison.Ordinal))
            {
                return new DeskFileContent([], incompleteTail, new MappingProblem(FileDropReasons.WrongFieldCount, "header", $"the header is not the desk format's {DeskColumns.All.Length} columns"));
            }

            first = 1;
        }

        for (var i = first; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            read.Add(ReadLine(i + 1, lines[i], layout, encoding));
        }

        return new DeskFileContent(read, incompleteTail, null);
    }

    public static byte[] Write(IEnumerable<DeskRecord> records, DeskFileLayout layout, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var file = new MemoryStream();
        if (layout == DeskFileLayout.Csv)
        {
            file.Write(Encoding.ASCII.GetBytes(string.Join(';', DeskColumns.All.Select(c => c.Name))));
            file.Write("\r\n"u8);
        }

        foreach (var record in records)
        {
            file.Write(WriteLine(record, layout, encoding));
            file.Write("\r\n"u8);
        }

        return file.ToArray();
    }

    /// <summary>One record as its line's bytes, without the line end.</summary>
    public static byte[] WriteLine(DeskRecord record, DeskFileLayout layout, LegacyEncoding encoding)
    {
        var fields = DeskColumns.TextOf(record);
        var line = new List<byte>(512);
        for (var column = 0; column < fields.Length; column++)
        {
            byte[] value;
            try
            {
                value = LegacyTextCodec.Encode(fields[column], encoding);
            }
            catch (LegacyTextException refused)
            {
                throw new MappingException(refused.Reason, DeskColumns.All[column].Name, refused.Message, refused);
            }

            if (layout == DeskFileLayout.FixedWidth)
            {
                var width = DeskColumns.All[column].Width;
                if (value.Length > width || value.Contains((byte)'\r') || value.Contains((byte)'\n'))
                {
                    throw new MappingException(FileDropReasons.FieldTooLong, DeskColumns.All[column].Name, $"{DeskColumns.All[column].Name} takes {value.Length} bytes in {encoding}, the column {width}, or holds a line break");
                }

                line.AddRange(value);
                line.AddRange(Enumerable.Repeat((byte)' ', width - value.Length));
            }
            else
            {
                if (column > 0)
                {
                    line.Add(Separator);
                }

                line.AddRange(NeedsQuotes(value) ? Quoted(value) : value);
            }
        }

        return [.. line];
    }

    /// <summary>One line's bytes (without its line end), as a parked line is read again.</summary>
    public static DeskLine ReadLine(byte[] line, DeskFileLayout layout, LegacyEncoding encoding) => ReadLine(1, line, layout, encoding);

    private static DeskLine ReadLine(int number, byte[] line, DeskFileLayout layout, LegacyEncoding encoding)
    {
        var receipt = (string?)null;
        try
        {
            var raw = layout == DeskFileLayout.Csv ? SplitCsv(line) : SplitFixed(line);
            receipt = AsciiOrNull(raw.Count > 0 ? raw[0] : []);
            var fields = new string[raw.Count];
            for (var column = 0; column < raw.Count; column++)
            {
                try
                {
                    fields[column] = LegacyTextCodec.Decode(raw[column], encoding);
                }
                catch (LegacyTextException refused)
                {
                    var name = column < DeskColumns.All.Length ? DeskColumns.All[column].Name : "line";
                    throw new MappingException(refused.Reason, name, $"{name}: {refused.Message}", refused);
                }
            }

            return new DeskLine(number, line, DeskColumns.RecordOf(fields), null) { ReceiptNumber = receipt };
        }
        catch (MappingException unreadable)
        {
            return new DeskLine(number, line, null, unreadable.Problem) { ReceiptNumber = receipt };
        }
    }

    private static List<byte[]> SplitFixed(byte[] line)
    {
        var length = DeskColumns.All.Sum(c => c.Width);
        if (line.Length != length)
        {
            throw new MappingException(FileDropReasons.WrongLineLength, "line", $"the line has {line.Length} bytes, the fixed-width format {length}");
        }

        var fields = new List<byte[]>(DeskColumns.All.Length);
        var offset = 0;
        foreach (var (_, width) in DeskColumns.All)
        {
            var field = line.AsSpan(offset, width);
            fields.Add(field.TrimEnd((byte)' ').ToArray());
            offset += width;
        }

        return fields;
    }

    private static List<byte[]> SplitCsv(byte[] line)
    {
        var fields = new List<byte[]>(DeskColumns.All.Length);
        var field = new List<byte>();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == Quote)
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new MappingException(FileDropReasons.BadQuoting, DeskColumns.All[Math.Min(fields.Count, DeskColumns.All.Length - 1)].Name, "a quoted value does not end");
                    }

                    if (line[i] == Quote && i + 1 < line.Length && line[i + 1] == Quote)
                    {
                        field.Add(Quote);
                        i += 2;
                    }
                    else if (line[i] == Quote)
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Add(line[i++]);
                    }
                }

                if (i < line.Length && line[i] != Separator)
                {
                    throw new MappingException(FileDropReasons.BadQuoting, DeskColumns.All[Math.Min(fields.Count, DeskColumns.All.Length - 1)].Name, "text follows a quoted value");
                }
            }
            else
            {
                while (i < line.Length && line[i] != Separator)
                {
                    field.Add(line[i++]);
                }
            }

            fields.Add([.. field]);
            if (i >= line.Length)
            {
                return fields;
            }

            i++;
        }
    }

    /// <summary>The lines of the bytes at CR LF or LF (CR LF inside a quoted CSV value stays in it); the tail after the last line end is incomplete.</summary>
    private static List<byte[]> SplitLines(ReadOnlySpan<byte> bytes, bool quotes, out bool incompleteTail)
    {
        var lines = new List<byte[]>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (quotes && bytes[i] == Quote)
            {
                quoted = !quoted;
            }
            else if (bytes[i] == (byte)'\n' && !quoted)
            {
                var end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
                lines.Add(bytes[start..end].ToArray());
                start = i + 1;
            }
        }

        incompleteTail = start < bytes.Length;
        return lines;
    }

    internal static bool NeedsQuotes(byte[] value) => value.Any(b => b is Separator or Quote or (byte)'\r' or (byte)'\n');

    internal static byte[] Quoted(byte[] value)
    {
        var quoted = new List<byte>(value.Length + 4) { Quote };
        foreach (var b in value)
        {
            quoted.Add(b);
            if (b == Quote)
            {
                quoted.Add(Quote);
            }
        }

        quoted.Add(Quote);
        return [.. quoted];
    }

    private static string? AsciiOrNull(byte[] value)
        => value.Length > 0 && value.All(b => b is >= 0x21 and < 0x7F) ? Encoding.ASCII.GetString(value) : null;
}
