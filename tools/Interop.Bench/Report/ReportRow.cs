namespace Interop.Bench.Report;

/// <summary>One line of a scenario's table: the hub's figure, the baseline's, and their ratio when both exist; key lines go to the final summary too.</summary>
internal sealed record ReportRow(string Metric, double? Hub, double? Baseline = null, string Note = "", bool InSummary = false)
{
    public double? Ratio => Hub is { } hub && Baseline is { } baseline && baseline != 0 ? hub / baseline : null;
}
