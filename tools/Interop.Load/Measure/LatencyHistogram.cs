using System.Diagnostics;
using HdrHistogram;

namespace Interop.Load.Measure;

/// <summary>Latencies in microseconds, 3 significant digits, up to 10 minutes; safe to record from any thread.</summary>
internal sealed class LatencyHistogram
{
    private const long HighestMicroseconds = 600_000_000;
    private readonly LongConcurrentHistogram histogram = new(1, HighestMicroseconds, 3);

    public long Count => histogram.TotalCount;

    /// <summary>Records the time from one Stopwatch timestamp to a later one.</summary>
    public void Record(long fromTimestamp, long toTimestamp)
    {
        var micros = (toTimestamp - fromTimestamp) * 1_000_000 / Stopwatch.Frequency;
        histogram.RecordValue(Math.Clamp(micros, 1, HighestMicroseconds));
    }

    public void Add(LatencyHistogram other) => histogram.Add(other.histogram);

    public LatencyFigures Figures() => histogram.TotalCount == 0
        ? LatencyFigures.None
        : new LatencyFigures(
            histogram.TotalCount,
            Milliseconds(50),
            Milliseconds(90),
            Milliseconds(99),
            Milliseconds(99.9),
            histogram.GetMaxValue() / 1000.0);

    private double Milliseconds(double percentile) => histogram.GetValueAtPercentile(percentile) / 1000.0;
}
