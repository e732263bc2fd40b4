namespace Interop.Domain.Time;

/// <content>Appointments: a limit applied at receipt, then moved by pauses.</content>
public sealed partial class WorkingTimeCalculator
{
    /// <summary>The appointment of a dossier received at <paramref name="received"/> with <paramref name="limit"/>.</summary>
    /// <remarks>
    /// Working units: <see cref="Add"/> from <see cref="CountingStart"/>. Calendar days: the counting start plus
    /// that many days at the same local clock time, then <see cref="NextWorkingInstant"/>: unchanged on a working
    /// day (the counting start's clock time is inside office hours), else the opening of the next working day.
    /// Keeping the clock time on the next working day instead would let a later receipt get an earlier appointment.
    /// </remarks>
    /// <param name="received">When the dossier was received.</param>
    /// <param name="limit">The procedure's time limit.</param>
    public Appointment Appoint(DateTimeOffset received, TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var start = CountingStart(received);
        var due = limit.Unit == LimitUnit.CalendarDays
            ? CalendarDaysAfter(start, (int)limit.Amount)
            : Add(start, limit.WorkingTime);
        var use = Calendar.UseBetween(VietnamTime.DateOf(received), VietnamTime.DateOf(due));
        return new Appointment(due, start, limit, TimeSpan.Zero, use);
    }

    /// <summary>
    /// Moves an appointment by the working time of a pause (awaiting a supplement or a fee, suspended), measured
    /// between <paramref name="pausedAt"/> and <paramref name="resumedAt"/>.
    /// </summary>
    /// <param name="appointment">The appointment as it stands (already moved by earlier pauses).</param>
    /// <param name="pausedAt">When the pause began.</param>
    /// <param name="resumedAt">When the dossier resumed; not before <paramref name="pausedAt"/>.</param>
    public Appointment MoveByPause(Appointment appointment, DateTimeOffset pausedAt, DateTimeOffset resumedAt)
    {
        var moved = MoveBy(appointment, Measure(pausedAt, resumedAt));
        var pauseUse = Calendar.UseBetween(VietnamTime.DateOf(pausedAt), VietnamTime.DateOf(resumedAt));
        return moved.With(moved.Due, moved.PausedWorkingTime, moved.CalendarUse.Merge(pauseUse));
    }

    /// <summary>Moves an appointment by paused working time already measured.</summary>
    /// <param name="appointment">The appointment as it stands.</param>
    /// <param name="pausedWorkingTime">Working time the dossier was paused; not negative.</param>
    public Appointment MoveBy(Appointment appointment, TimeSpan pausedWorkingTime)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var due = Add(appointment.Due, pausedWorkingTime);
        var use = Calendar.UseBetween(VietnamTime.DateOf(appointment.Due), VietnamTime.DateOf(due));
        return appointment.With(due, appointment.PausedWorkingTime + pausedWorkingTime, appointment.CalendarUse.Merge(use));
    }

    private DateTimeOffset CalendarDaysAfter(DateTimeOffset start, int days) =>
        NextWorkingInstant(VietnamTime.At(VietnamTime.DateOf(start).AddDays(days), VietnamTime.ClockOf(start)));
}
