using System.Globalization;

namespace Interop.Bench.Report;

/// <summary>Prints a scenario as a plain-text table: metric, hub, baseline, ratio, note.</summary>
internal static class TablePrinter
{
    public static void Print(ScenarioReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {report.Title} ({report.Seconds:F0} s)"));
        var rows = report.Rows.Select(r => new[] { r.Metric, Number(r.Hub), Number(r.Baseline), r.Ratio is { } ratio ? ratio.ToString("F2", CultureInfo.InvariantCulture) + "×" : "", r.Note }).ToList();
        rows.Insert(0, ["", "hub", report.BaselineName, "ratio", ""]);
        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Take(4).Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + (row[4].Length > 0 ? "  " + row[4] : ""));
        }

        foreach (var unexpected in report.Unexpected)
        {
            output.WriteLine("  UNEXPECTED " + unexpected);
        }
    }

    public static string Number(double? value) => value switch
    {
        null => "",
        >= 1000 => value.Value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.Value.ToString("F0", CultureInfo.InvariantCulture),
        >= 10 => value.Value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("F2", CultureInfo.InvariantCulture),
    };
}
