namespace Interop.Domain.Time;

/// <summary>
/// Working-time arithmetic for one agency: its <see cref="WorkingCalendar"/> and its <see cref="OfficeHours"/>.
/// </summary>
/// <remarks>
/// Pure: no clock is read and nothing is stored, so a caller computes once and records the result with
/// the calendar versions it used. Working time is the time inside office intervals on working days;
/// intervals include their start and exclude their end. Results carry the +07:00 offset.
/// </remarks>
public sealed partial class WorkingTimeCalculator
{
    /// <summary>Arithmetic over <paramref name="calendar"/> and <paramref name="officeHours"/>.</summary>
    /// <param name="calendar">Working and non-working days.</param>
    /// <param name="officeHours">Daily office intervals and the optional cut-off.</param>
    public WorkingTimeCalculator(WorkingCalendar calendar, OfficeHours officeHours)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(officeHours);
        Calendar = calendar;
        OfficeHours = officeHours;
    }

    /// <summary>The calendar used.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The office hours used.</summary>
    public OfficeHours OfficeHours { get; }

    /// <summary>Whether <paramref name="instant"/> is inside office hours on a working day.</summary>
    /// <param name="instant">Any instant.</param>
    public bool IsWorkingInstant(DateTimeOffset instant)
    {
        var clock = VietnamTime.ClockOf(instant);
        return Calendar.IsWorkingDay(VietnamTime.DateOf(instant))
            && OfficeHours.Intervals.Any(i => clock >= i.Start && clock < i.End);
    }

    /// <summary>
    /// Where a dossier's clock starts: the receipt itself inside office hours, else the start of the next
    /// working slot; after the cut-off (local clock strictly later), the start of the next working day.
    /// </summary>
    /// <param name="received">When the dossier was received.</param>
    public DateTimeOffset CountingStart(DateTimeOffset received)
    {
        var day = VietnamTime.DateOf(received);
        var afterCutOff = OfficeHours.CutOff is { } cutOff && VietnamTime.ClockOf(received) > cutOff;
        return NextWorkingInstant(afterCutOff ? VietnamTime.At(day.AddDays(1), TimeOnly.MinValue) : received);
    }

    /// <summary>
    /// <paramref name="instant"/> itself if it is a working instant, else the start of the next working slot.
    /// </summary>
    /// <param name="instant">Any instant.</param>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instant)
    {
        var (start, _) = SlotsFrom(VietnamTime.DateOf(instant)).First(slot => slot.End > instant);
        return VietnamTime.ToLocal(start > instant ? start : instant);
    }

    /// <summary>
    /// The earliest instant by which <paramref name="workingTime"/> of working time has passed since
    /// <paramref name="from"/>. An end that falls exactly on a closing time is that closing time (17:00),
    /// not the next opening.
    /// </summary>
    /// <param name="from">Where counting starts; outside office hours, counting waits for the next slot.</param>
    /// <param name="workingTime">Working time to add; zero returns <paramref name="from"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is negative.</exception>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        if (workingTime == TimeSpan.Zero)
        {
            // Without this, an instant on a closing time would slide to the next opening.
            return VietnamTime.ToLocal(from);
        }

        var remaining = workingTime;
        foreach (var (start, end) in SlotsFrom(VietnamTime.DateOf(from)))
        {
            var begin = start > from ? start : from;
            if (end <= begin)
            {
                continue;
            }

            if (end - begin >= remaining)
            {
                return VietnamTime.ToLocal(begin + remaining);
            }

            remaining -= end - begin;
        }

        throw new InvalidOperationException("Unreachable: the slots never end.");
    }

    /// <summary>The working time within [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <param name="from">Start of the span (e.g. when a pause began).</param>
    /// <param name="to">End of the span (e.g. when the dossier resumed); not before <paramref name="from"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public TimeSpan Measure(DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        var total = TimeSpan.Zero;
        foreach (var (start, end) in SlotsFrom(VietnamTime.DateOf(from)).TakeWhile(slot => slot.Start < to))
        {
            var overlap = (end < to ? end : to) - (start > from ? start : from);
            total += overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
        }

        return total;
    }

    // Every working slot from a local date on, in time order; endless, because a week always keeps a working day.
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> SlotsFrom(DateOnly first)
    {
        for (var day = first; ; day = day.AddDays(1))
        {
            if (!Calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var interval in OfficeHours.Intervals)
            {
                yield return (VietnamTime.At(day, interval.Start), VietnamTime.At(day, interval.End));
            }
        }
    }
}
