namespace Interop.Domain.Time;

/// <summary>
/// A dossier's appointment (ngày hẹn trả) as computed: record every field in the event that caused it, so
/// folding events never recomputes it.
/// </summary>
public sealed class Appointment
{
    /// <summary>An appointment, computed now or rebuilt from recorded values.</summary>
    /// <param name="due">The appointment instant, moved by pauses (never by an apology slip).</param>
    /// <param name="countingStart">Where the clock started (after office hours and cut-off).</param>
    /// <param name="limit">The limit applied.</param>
    /// <param name="pausedWorkingTime">Total working time of the pauses so far.</param>
    /// <param name="calendarUse">The calendar versions used so far.</param>
    public Appointment(DateTimeOffset due, DateTimeOffset countingStart, TimeLimit limit, TimeSpan pausedWorkingTime, CalendarUse calendarUse)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentNullException.ThrowIfNull(calendarUse);
        ArgumentOutOfRangeException.ThrowIfLessThan(pausedWorkingTime, TimeSpan.Zero);
        Due = VietnamTime.ToLocal(due);
        CountingStart = VietnamTime.ToLocal(countingStart);
        Limit = limit;
        PausedWorkingTime = pausedWorkingTime;
        CalendarUse = calendarUse;
    }

    /// <summary>The appointment instant, moved by pauses; what judging compares against.</summary>
    public DateTimeOffset Due { get; }

    /// <summary>The local date of <see cref="Due"/>.</summary>
    public DateOnly DueDate => VietnamTime.DateOf(Due);

    /// <summary>Where the clock started (after office hours and cut-off).</summary>
    public DateTimeOffset CountingStart { get; }

    /// <summary>The limit applied.</summary>
    public TimeLimit Limit { get; }

    /// <summary>Total working time of the pauses so far.</summary>
    public TimeSpan PausedWorkingTime { get; }

    /// <summary>The calendar versions used so far, and whether every year had a calendar.</summary>
    public CalendarUse CalendarUse { get; }

    internal Appointment With(DateTimeOffset due, TimeSpan pausedWorkingTime, CalendarUse calendarUse) =>
        new(due, CountingStart, Limit, pausedWorkingTime, calendarUse);
}
