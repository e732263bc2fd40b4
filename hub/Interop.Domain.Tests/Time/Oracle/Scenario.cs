using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time.Oracle;

/// <summary>
/// A random agency (calendar, office hours, cut-off) and a random dossier (receipt, limit, pause), in plain
/// local minutes, so the oracle never depends on the library's types or time conversions.
/// </summary>
internal sealed record Scenario(
    IReadOnlyList<YearSpec> Years,
    IReadOnlySet<DayOfWeek> RestOutside,
    IReadOnlyList<(int Start, int End)> Hours,
    int? CutOff,
    DateTime Received,
    LimitUnit Unit,
    decimal Amount,
    DateTime PauseStart,
    DateTime PauseEnd)
{
    public const string CalendarId = "random";

    public TimeLimit Limit => new(Amount, Unit);

    public WorkingTimeCalculator Calculator()
    {
        var years = Years.Select(y => new CalendarYear(CalendarId, y.Year, y.Rest, y.Off.Select(Row), y.Working.Select(Row)));
        var hours = Hours.Select(h => new OfficeInterval(Clock(h.Start), Clock(h.End)));
        return new WorkingTimeCalculator(new WorkingCalendar(CalendarId, years, RestOutside), new OfficeHours(hours, CutOff is int c ? Clock(c) : null));
    }

    /// <summary>The library receives UTC instants; the oracle works in local wall-clock time.</summary>
    public static DateTimeOffset Utc(DateTime local) => new DateTimeOffset(local, TimeSpan.FromHours(7)).ToUniversalTime();

    public override string ToString() =>
        $"received {Received:yyyy-MM-dd HH:mm} ({Received.DayOfWeek}), limit {Amount} {Unit}, hours [{string.Join(' ', Hours.Select(h => $"{Clock(h.Start):HH:mm}-{Clock(h.End):HH:mm}"))}], " +
        $"cut-off {(CutOff is int c ? Clock(c).ToString("HH:mm") : "none")}, pause {PauseStart:yyyy-MM-dd HH:mm}..{PauseEnd:yyyy-MM-dd HH:mm}, " +
        $"rest outside [{string.Join(',', RestOutside.Order())}], years: {string.Join(" | ", Years)}";

    private static TimeOnly Clock(int minuteOfDay) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minuteOfDay));

    private static CalendarEntry Row(DateOnly date) => new(date, "random", CalendarEntryStatus.Provisional, "generated");
}
