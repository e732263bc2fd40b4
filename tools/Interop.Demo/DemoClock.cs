namespace Interop.Demo;

/// <summary>
/// The story's clock. Live, it is the system clock: the story happens now, its steps seconds apart.
/// Scripted, each step moves it to the step's time of day on the step's day and it runs on from
/// there, so a story of a week is told in seconds and its control sheet is the same at every run;
/// the hub and both legacy systems must then run on this same clock (the demo's test does that).
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly DateOnly? firstDay;
    private long offsetTicks;

    private DemoClock(DateOnly? firstDay) => this.firstDay = firstDay;

    public static DemoClock Live() => new(null);

    /// <summary>A clock at <paramref name="firstDay"/>, 07:00 in Vietnam, until the first step moves it.</summary>
    public static DemoClock Scripted(DateOnly firstDay)
    {
        var clock = new DemoClock(firstDay);
        clock.offsetTicks = clock.OffsetTo(0, new TimeOnly(7, 0)).Ticks;
        return clock;
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>Scripted: now becomes <paramref name="time"/> (Vietnam) of the story's day <paramref name="day"/> (0 the first); never backwards. Live: nothing.</summary>
    public void MoveTo(int day, TimeOnly time)
    {
        if (firstDay is null)
        {
            return;
        }

        var offset = OffsetTo(day, time);
        if (offset.Ticks > Interlocked.Read(ref offsetTicks))
        {
            Interlocked.Exchange(ref offsetTicks, offset.Ticks);
        }
    }

    private TimeSpan OffsetTo(int day, TimeOnly time)
        => new DateTimeOffset(firstDay!.Value.AddDays(day).ToDateTime(time), Vietnam) - base.GetUtcNow();

    /// <summary>Now in Vietnam, as the legacy systems keep it (local time without an offset).</summary>
    public DateTime LocalNow() => GetUtcNow().ToOffset(Vietnam).DateTime;
}
