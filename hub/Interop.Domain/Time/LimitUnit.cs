namespace Interop.Domain.Time;

/// <summary>The unit a procedure's time limit is stated in.</summary>
public enum LimitUnit
{
    /// <summary>Working days of <see cref="TimeLimit.HoursPerWorkingDay"/> working hours each.</summary>
    WorkingDays,

    /// <summary>Working hours (time within office hours on working days).</summary>
    WorkingHours,

    /// <summary>Calendar days; an end on a non-working day moves to the next working day.</summary>
    CalendarDays,
}
