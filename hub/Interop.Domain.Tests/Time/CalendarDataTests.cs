using System.Text;
using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>The shipped calendar files as data: rows, statuses, notes and versions.</summary>
public sealed class CalendarDataTests
{
    private static CalendarYear Year(int year) => EmbeddedCalendars.VietnamCivilService.Years.Single(y => y.Year == year);

    [Fact]
    public void Library_ships_the_2025_and_2026_calendar_files_as_resources()
    {
        var names = typeof(EmbeddedCalendars).Assembly.GetManifestResourceNames().Select(EmbeddedCalendars.DottedName);

        Assert.Contains("Interop.Domain.Data.calendars.vn-civil-service-2025.json", names);
        Assert.Contains("Interop.Domain.Data.calendars.vn-civil-service-2026.json", names);
        Assert.Equal([2025, 2026], EmbeddedCalendars.VietnamCivilService.Years.Select(y => y.Year));
    }

    [Fact]
    public void Calendar_rows_keep_their_status_and_basis()
    {
        var tet = Year(2026).EntryFor(new DateOnly(2026, 2, 17));

        Assert.NotNull(tet);
        Assert.Equal(CalendarEntryStatus.Announced, tet.Status);
        Assert.Equal("Thông báo 9441/TB-BNV, 16/10/2025", tet.Basis);
        Assert.Equal(CalendarEntryStatus.Provisional, Year(2025).WorkingDaysOnWeekends.Single().Status);
        Assert.Equal(12, Year(2025).DaysOff.Count);
    }

    [Fact]
    public void Calendar_keeps_the_unverified_notes_and_sources()
    {
        Assert.Equal(2, Year(2026).Unverified.Count);
        Assert.Contains(Year(2025).Sources, s => s.Contains("Bộ luật Lao động 2019"));
    }

    [Fact]
    public void Calendar_version_names_the_calendar_the_year_and_a_content_hash()
    {
        Assert.Matches("^vn-civil-service:2026:[0-9a-f]{12}$", Year(2026).Version);
        Assert.NotEqual(Year(2025).Version[^12..], Year(2026).Version[^12..]);
    }

    [Fact]
    public void Calendar_built_in_code_from_the_same_data_has_the_same_version()
    {
        var file = Year(2025);
        var copy = new CalendarYear(file.CalendarId, 2025, file.WeeklyRestDays, file.DaysOff, file.WorkingDaysOnWeekends);

        Assert.Equal(file.Version, copy.Version);
    }

    [Fact]
    public void Calendar_version_changes_with_a_day_off_but_not_with_a_status_correction()
    {
        var file = Year(2025);
        var confirmed = file.DaysOff.Select(e => e with { Status = CalendarEntryStatus.Announced });
        var extraDay = file.DaysOff.Append(new CalendarEntry(new DateOnly(2025, 12, 31), "x", CalendarEntryStatus.Provisional, "test"));

        Assert.Equal(file.Version, new CalendarYear(file.CalendarId, 2025, file.WeeklyRestDays, confirmed, file.WorkingDaysOnWeekends).Version);
        Assert.NotEqual(file.Version, new CalendarYear(file.CalendarId, 2025, file.WeeklyRestDays, extraDay, file.WorkingDaysOnWeekends).Version);
    }

    [Fact]
    public void Calendar_json_without_a_required_field_is_refused_with_a_clear_reason()
    {
        var json = """{ "calendar": "x", "year": 2027, "time_zone": "Asia/Ho_Chi_Minh", "days_off": [] }"""u8.ToArray();

        var error = Assert.Throws<InvalidDataException>(() => CalendarYearJson.Parse(json));
        Assert.Contains("weekly_rest_days", error.Message);
    }

    [Fact]
    public void Calendar_json_in_another_time_zone_is_refused()
    {
        var json = Encoding.UTF8.GetBytes("""{ "calendar": "x", "year": 2027, "time_zone": "Asia/Bangkok", "weekly_rest_days": [], "days_off": [] }""");

        Assert.Throws<InvalidDataException>(() => CalendarYearJson.Parse(json));
    }

    [Fact]
    public void Calendar_json_with_a_row_in_another_year_is_refused()
    {
        var json = Encoding.UTF8.GetBytes("""
            { "calendar": "x", "year": 2027, "time_zone": "Asia/Ho_Chi_Minh", "weekly_rest_days": ["Sunday"],
              "days_off": [{ "date": "2028-01-01", "name": "n", "status": "statutory", "basis": "b" }] }
            """);

        var error = Assert.Throws<InvalidDataException>(() => CalendarYearJson.Parse(json));
        Assert.Contains("dated in 2027", error.Message);
    }
}
