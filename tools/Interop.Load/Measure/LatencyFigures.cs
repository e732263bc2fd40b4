namespace Interop.Load.Measure;

/// <summary>A latency distribution's figures, in milliseconds.</summary>
internal sealed record LatencyFigures(long Count, double P50, double P90, double P99, double P999, double Max)
{
    public static readonly LatencyFigures None = new(0, 0, 0, 0, 0, 0);

    public override string ToString() => Count == 0
        ? "none"
        : FormattableString.Invariant($"p50 {P50:F2}  p90 {P90:F2}  p99 {P99:F2}  p99.9 {P999:F2}  max {Max:F2} ms ({Count} calls)");
}
