using System.Diagnostics;

namespace Interop.Load.Measure;

/// <summary>
/// The measured part of a run, after its warm-up, in Stopwatch timestamps: a call counts when its
/// intended send time falls inside, whenever it completes.
/// </summary>
internal sealed record MeasuredWindow(long Start, long End)
{
    public double Seconds => (End - Start) / (double)Stopwatch.Frequency;

    public static MeasuredWindow After(TimeSpan warmUp, TimeSpan measured)
    {
        var start = Stopwatch.GetTimestamp() + Ticks(warmUp);
        return new MeasuredWindow(start, start + Ticks(measured));
    }

    public bool Contains(long timestamp) => timestamp >= Start && timestamp < End;

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
