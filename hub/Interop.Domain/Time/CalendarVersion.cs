using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Interop.Domain.Time;

/// <summary>Version strings that tell which calendar data a computation used.</summary>
internal static class CalendarVersion
{
    private const int HexDigits = 12;

    /// <summary>
    /// Hashes only what decides working days, so a corrected name, basis or status (provisional to
    /// announced) keeps the version: the same version always means the same working days.
    /// </summary>
    public static string Of(CalendarYear calendar)
    {
        var canonical = string.Join(
            '\n',
            $"calendar={calendar.CalendarId}",
            Invariant($"year={calendar.Year}"),
            $"rest={string.Join(',', calendar.WeeklyRestDays)}",
            $"off={Dates(calendar.DaysOff)}",
            $"working={Dates(calendar.WorkingDaysOnWeekends)}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return Invariant($"{calendar.CalendarId}:{calendar.Year}:{hash[..HexDigits]}");
    }

    /// <summary>The version recorded for a year with no calendar, where only weekly rest days applied.</summary>
    public static string Uncovered(string calendarId, int year) =>
        Invariant($"{calendarId}:{year}:weekly-rest-days-only");

    private static string Dates(IEnumerable<CalendarEntry> entries) =>
        string.Join(',', entries.Select(e => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
