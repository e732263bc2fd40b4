using System.Text.RegularExpressions;

namespace Interop.Protos.Tests;

/// <summary>The checked table protos/vendor-field-map.tsv and the vendor formats it covers.</summary>
internal static partial class VendorFieldMap
{
    public const string NotCarriedPrefix = "not carried: ";

    public static IReadOnlyList<Row> Rows { get; } = Load();

    /// <summary>
    /// Every (section, token) of protos/reference/VENDOR-FORMATS.md: each identifier inside a backtick span,
    /// headings included; the section is the heading cut before its first " (".
    /// </summary>
    public static IEnumerable<(string Section, string Token)> VendorTokens()
    {
        var section = "";
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "reference", "VENDOR-FORMATS.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..];
                var cut = heading.IndexOf(" (", StringComparison.Ordinal);
                section = cut < 0 ? heading : heading[..cut];
            }

            foreach (Match span in BacktickSpan().Matches(line))
            {
                foreach (Match token in Identifier().Matches(span.Groups[1].Value))
                {
                    yield return (section, token.Value);
                }
            }
        }
    }

    private static List<Row> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "vendor-field-map.tsv"));
        if (lines.Length == 0 || lines[0] != "section\tvendor_field\tmapping\tnote")
        {
            throw new InvalidDataException("vendor-field-map.tsv must start with the header 'section	vendor_field	mapping	note'");
        }

        return lines.Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var cells = line.Split('\t');
            return cells.Length == 4
                ? new Row(i + 2, cells[0], cells[1], cells[2], cells[3])
                : throw new InvalidDataException($"vendor-field-map.tsv line {i + 2} has {cells.Length} cells, not 4");
        }).ToList();
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex BacktickSpan();

    [GeneratedRegex("[A-Za-z][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    public sealed record Row(int Line, string Section, string VendorField, string Mapping, string Note)
    {
        public bool IsCarried => !Mapping.StartsWith(NotCarriedPrefix, StringComparison.Ordinal);

        public IEnumerable<string> Paths => IsCarried ? Mapping.Split(" | ") : [];
    }
}
