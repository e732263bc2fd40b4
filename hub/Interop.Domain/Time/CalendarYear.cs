namespace Interop.Domain.Time;

/// <summary>
/// One year of a working calendar as data: the weekly rest days, the days off and the working days
/// that fall on weekly rest days (swaps), each row with its status and basis.
/// </summary>
/// <remarks>
/// Build one in code (an agency's own calendar, a year not shipped yet) or read one with
/// <see cref="CalendarYearJson"/>. Invalid data (a row outside the year, a date listed twice, a working
/// weekend day that is not a weekly rest day, seven rest days a week) is refused at construction.
/// </remarks>
public sealed class CalendarYear
{
    private readonly HashSet<DayOfWeek> restDays;
    private readonly HashSet<DateOnly> offDates;
    private readonly HashSet<DateOnly> workingWeekendDates;

    /// <summary>Builds and validates one calendar year.</summary>
    /// <param name="calendarId">Calendar identifier, lower case letters, digits and hyphens (e.g. <c>vn-civil-service</c>).</param>
    /// <param name="year">The year covered.</param>
    /// <param name="weeklyRestDays">Days of the week with no office hours (fewer than seven).</param>
    /// <param name="daysOff">Dates with no office hours.</param>
    /// <param name="workingDaysOnWeekends">Weekly rest days that are working days this year.</param>
    /// <param name="unverified">What the data's author could not confirm.</param>
    /// <param name="sources">Where the data comes from.</param>
    /// <exception cref="ArgumentException">The data breaks one of the rules above.</exception>
    public CalendarYear(
        string calendarId,
        int year,
        IEnumerable<DayOfWeek> weeklyRestDays,
        IEnumerable<CalendarEntry> daysOff,
        IEnumerable<CalendarEntry> workingDaysOnWeekends,
        IEnumerable<string>? unverified = null,
        IEnumerable<string>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(calendarId);
        ArgumentNullException.ThrowIfNull(weeklyRestDays);
        ArgumentNullException.ThrowIfNull(daysOff);
        ArgumentNullException.ThrowIfNull(workingDaysOnWeekends);
        CalendarId = calendarId;
        Year = year;
        WeeklyRestDays = [.. weeklyRestDays.Order()];
        DaysOff = Sorted(daysOff, nameof(daysOff));
        WorkingDaysOnWeekends = Sorted(workingDaysOnWeekends, nameof(workingDaysOnWeekends));
        Unverified = [.. unverified ?? []];
        Sources = [.. sources ?? []];
        CalendarYearRules.ThrowIfInvalid(this);
        restDays = [.. WeeklyRestDays];
        offDates = [.. DaysOff.Select(e => e.Date)];
        workingWeekendDates = [.. WorkingDaysOnWeekends.Select(e => e.Date)];
        Version = CalendarVersion.Of(this);
    }

    /// <summary>Calendar identifier shared by all years of one calendar.</summary>
    public string CalendarId { get; }

    /// <summary>The year covered.</summary>
    public int Year { get; }

    /// <summary>Days of the week with no office hours, in <see cref="DayOfWeek"/> order.</summary>
    public IReadOnlyList<DayOfWeek> WeeklyRestDays { get; }

    /// <summary>Dates with no office hours, in date order.</summary>
    public IReadOnlyList<CalendarEntry> DaysOff { get; }

    /// <summary>Weekly rest days that are working days this year, in date order.</summary>
    public IReadOnlyList<CalendarEntry> WorkingDaysOnWeekends { get; }

    /// <summary>What the data's author could not confirm (free text).</summary>
    public IReadOnlyList<string> Unverified { get; }

    /// <summary>Where the data comes from (free text).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>
    /// <c>{calendar}:{year}:{first 12 hex digits of SHA-256}</c> over the data that decides working days
    /// (rest days, dates off, working weekend dates); record it beside every value computed with this year.
    /// </summary>
    public string Version { get; }

    /// <summary>Whether <paramref name="date"/> has office hours.</summary>
    /// <param name="date">A date in <see cref="Year"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is in another year.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(date.Year, Year, nameof(date));
        return workingWeekendDates.Contains(date) || !(restDays.Contains(date.DayOfWeek) || offDates.Contains(date));
    }

    /// <summary>The row that makes <paramref name="date"/> a day off or a working weekend day, if any.</summary>
    /// <param name="date">Any date.</param>
    public CalendarEntry? EntryFor(DateOnly date) =>
        DaysOff.Concat(WorkingDaysOnWeekends).FirstOrDefault(e => e.Date == date);

    private static CalendarEntry[] Sorted(IEnumerable<CalendarEntry> entries, string parameter)
    {
        var array = entries.ToArray();
        return Array.Exists(array, e => e is null)
            ? throw new ArgumentException("A calendar row is null.", parameter)
            : [.. array.OrderBy(e => e.Date)];
    }
}
