namespace Interop.Domain.Time;

/// <summary>Whether a computation found a calendar for every year it consulted.</summary>
public enum CalendarCoverage
{
    /// <summary>Every consulted year had a calendar: holidays and swapped days were applied.</summary>
    Complete,

    /// <summary>
    /// At least one consulted year had no calendar: only the weekly rest days were applied there,
    /// so a holiday of that year may have been counted as a working day.
    /// </summary>
    WeeklyRestDaysOnly,
}
