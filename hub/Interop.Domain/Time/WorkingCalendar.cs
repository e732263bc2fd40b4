namespace Interop.Domain.Time;

/// <summary>
/// A working calendar across years: one <see cref="CalendarYear"/> per covered year, and the weekly rest
/// days assumed for any year without one.
/// </summary>
/// <remarks>
/// A year without data does not throw: a limit may legitimately run into next year before its calendar
/// is announced. Such days follow <see cref="WeeklyRestDaysOutsideCoverage"/> only, and every result says
/// so through <see cref="CalendarUse.Coverage"/>; pass a <see cref="CalendarYear"/> for that year to do better.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly Dictionary<int, CalendarYear> years;
    private readonly HashSet<DayOfWeek> restOutsideCoverage;

    /// <summary>Combines calendar years of one calendar.</summary>
    /// <param name="calendarId">The calendar's identifier; every year must carry it.</param>
    /// <param name="years">The covered years, at most one per year.</param>
    /// <param name="weeklyRestDaysOutsideCoverage">Rest days for uncovered years; by default those of the
    /// latest covered year.</param>
    /// <exception cref="ArgumentException">A year of another calendar, a year given twice, or no rest days to
    /// assume (no years and no <paramref name="weeklyRestDaysOutsideCoverage"/>, or seven rest days).</exception>
    public WorkingCalendar(string calendarId, IEnumerable<CalendarYear> years, IEnumerable<DayOfWeek>? weeklyRestDaysOutsideCoverage = null)
    {
        ArgumentNullException.ThrowIfNull(calendarId);
        ArgumentNullException.ThrowIfNull(years);
        var list = years.OrderBy(y => y.Year).ToList();
        if (list.Exists(y => y.CalendarId != calendarId) || list.DistinctBy(y => y.Year).Count() != list.Count)
        {
            throw new ArgumentException($"Years must belong to '{calendarId}', one file per year.", nameof(years));
        }

        var rest = (weeklyRestDaysOutsideCoverage ?? list.LastOrDefault()?.WeeklyRestDays
            ?? throw new ArgumentException("No years: give the weekly rest days.", nameof(weeklyRestDaysOutsideCoverage))).ToHashSet();
        if (rest.Count >= 7 || rest.Any(d => !Enum.IsDefined(d)))
        {
            throw new ArgumentException("A week must keep at least one working day.", nameof(weeklyRestDaysOutsideCoverage));
        }

        Id = calendarId;
        Years = list;
        this.years = list.ToDictionary(y => y.Year);
        restOutsideCoverage = rest;
        WeeklyRestDaysOutsideCoverage = [.. rest.Order()];
    }

    /// <summary>The calendar's identifier (e.g. <c>vn-civil-service</c>).</summary>
    public string Id { get; }

    /// <summary>The covered years, in year order.</summary>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>The weekly rest days assumed in a year without a calendar.</summary>
    public IReadOnlyList<DayOfWeek> WeeklyRestDaysOutsideCoverage { get; }

    /// <summary>Whether <paramref name="year"/> has a calendar.</summary>
    /// <param name="year">A year.</param>
    public bool Covers(int year) => years.ContainsKey(year);

    /// <summary>Whether <paramref name="date"/> has office hours.</summary>
    /// <param name="date">Any date.</param>
    public bool IsWorkingDay(DateOnly date) =>
        years.TryGetValue(date.Year, out var year) ? year.IsWorkingDay(date) : !restOutsideCoverage.Contains(date.DayOfWeek);

    /// <summary>The calendar data a computation over the local dates <paramref name="first"/>..<paramref name="last"/> consults.</summary>
    /// <param name="first">First local date consulted.</param>
    /// <param name="last">Last local date consulted (may precede <paramref name="first"/>; the range is ordered).</param>
    public CalendarUse UseBetween(DateOnly first, DateOnly last)
    {
        var span = Enumerable.Range(Math.Min(first.Year, last.Year), Math.Abs(last.Year - first.Year) + 1).ToList();
        var versions = span.Select(y => years.TryGetValue(y, out var year) ? year.Version : CalendarVersion.Uncovered(Id, y));
        var coverage = span.TrueForAll(Covers) ? CalendarCoverage.Complete : CalendarCoverage.WeeklyRestDaysOnly;
        return new CalendarUse(versions, coverage);
    }
}
