namespace Interop.Hub.WritePath;

/// <summary>
/// How many writes the hub admits in flight: as many as keep their mean latency within a target
/// (additive increase, multiplicative decrease, as TCP Vegas and Netflix's concurrency limits do).
/// Each window of <see cref="Window"/> in which the admitted writes' mean latency exceeded the target
/// shrinks the limit by a tenth; a window within the target in which the writes in flight came near
/// the limit grows it by a tenth. The limit stays between a floor (so that a slow disk or a busy
/// machine never starves a member's ordinary concurrency) and the configured maximum. Under
/// overload, admitted writes then wait about the target instead of the time a long queue takes.
/// </summary>
internal sealed class AdmissionLimit
{
    /// <summary>How often the limit is reconsidered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private readonly int floor;
    private readonly int ceiling;
    private readonly long targetTicks;
    private readonly TimeProvider time;
    private long windowStart;
    private long latencyTicks;
    private int completed;
    private int peakInFlight;
    private int current;

    public AdmissionLimit(int floor, int ceiling, TimeSpan target, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(floor);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ceiling);
        this.floor = Math.Min(floor, ceiling);
        this.ceiling = ceiling;
        targetTicks = (long)(target.TotalSeconds * time.TimestampFrequency);
        this.time = time;
        current = this.floor;
        windowStart = time.GetTimestamp();
    }

    /// <summary>The writes admitted in flight at most, now.</summary>
    public int Current => Volatile.Read(ref current);

    /// <summary>A write was admitted with this many in flight (itself included).</summary>
    public void Admitted(int inFlight)
    {
        lock (gate)
        {
            peakInFlight = Math.Max(peakInFlight, inFlight);
        }
    }

    /// <summary>An admitted write ended after <paramref name="elapsedTicks"/> (ticks of the time provider's timestamps); reconsiders the limit once a window has passed.</summary>
    public void Completed(long elapsedTicks)
    {
        var now = time.GetTimestamp();
        lock (gate)
        {
            latencyTicks += elapsedTicks;
            completed++;
            if (time.GetElapsedTime(windowStart, now) < Window)
            {
                return;
            }

            var mean = latencyTicks / completed;
            var limit = current;
            if (mean > targetTicks)
            {
                limit = Math.Max(floor, limit - Math.Max(1, limit / 10));
            }
            else if (peakInFlight >= limit - (limit / 10))
            {
                limit = Math.Min(ceiling, limit + Math.Max(1, limit / 10));
            }

            Volatile.Write(ref current, limit);
            windowStart = now;
            latencyTicks = 0;
            completed = 0;
            peakInFlight = 0;
        }
    }
}
