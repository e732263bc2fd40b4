namespace Interop.Domain.Time;

/// <summary>The consistency rules of a calendar year, as a list of named checks.</summary>
internal static class CalendarYearRules
{
    private static readonly (Func<CalendarYear, bool> Broken, Func<CalendarYear, string> Message)[] Rules =
    [
        (c => !IsValidId(c.CalendarId),
            c => $"calendar id '{c.CalendarId}' must be lower-case letters, digits and hyphens"),
        (c => c.Year is < 1 or > 9998,
            c => $"year {c.Year} is out of range"),
        (c => c.WeeklyRestDays.Any(d => !Enum.IsDefined(d)) || c.WeeklyRestDays.Distinct().Count() != c.WeeklyRestDays.Count,
            _ => "weekly rest days must be distinct days of the week"),
        (c => c.WeeklyRestDays.Count >= 7,
            _ => "a week must keep at least one working day"),
        (c => AllRows(c).Any(e => e.Name is null || e.Basis is null || !Enum.IsDefined(e.Status)),
            _ => "every row needs a name, a basis and a known status"),
        (c => AllRows(c).Any(e => e.Date.Year != c.Year),
            c => $"every row must be dated in {c.Year}"),
        (c => AllRows(c).GroupBy(e => e.Date).Any(g => g.Count() > 1),
            _ => "a date may appear in only one row"),
        (c => c.WorkingDaysOnWeekends.Any(e => !c.WeeklyRestDays.Contains(e.Date.DayOfWeek)),
            _ => "a working day on a weekend must fall on a weekly rest day"),
    ];

    public static void ThrowIfInvalid(CalendarYear calendar)
    {
        var problems = Rules.Where(r => r.Broken(calendar)).Select(r => r.Message(calendar)).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid calendar year: {string.Join("; ", problems)}.", nameof(calendar));
        }
    }

    private static IEnumerable<CalendarEntry> AllRows(CalendarYear c) => c.DaysOff.Concat(c.WorkingDaysOnWeekends);

    // The id is the first field of the version string, so it must not contain its ':' separator.
    private static bool IsValidId(string id) =>
        id.Length > 0 && id[0] != '-' && id.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
