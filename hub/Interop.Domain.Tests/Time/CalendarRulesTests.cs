using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>Calendars built in code, invalid data, and years without a calendar.</summary>
public sealed class CalendarRulesTests
{
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static CalendarEntry Row(int year, int month, int day) =>
        new(new DateOnly(year, month, day), "test", CalendarEntryStatus.Announced, "test");

    [Fact]
    public void Calendar_refuses_a_working_weekend_day_that_is_not_a_rest_day()
    {
        var error = Assert.Throws<ArgumentException>(() => new CalendarYear("x", 2027, Weekend, [], [Row(2027, 1, 4)]));

        Assert.Contains("weekly rest day", error.Message);
    }

    [Fact]
    public void Calendar_refuses_a_date_listed_twice()
    {
        Assert.Throws<ArgumentException>(() => new CalendarYear("x", 2027, Weekend, [Row(2027, 1, 4), Row(2027, 1, 4)], []));
    }

    [Fact]
    public void Calendar_refuses_a_week_without_working_days()
    {
        Assert.Throws<ArgumentException>(() => new CalendarYear("x", 2027, Enum.GetValues<DayOfWeek>(), [], []));
    }

    [Fact]
    public void Appointment_running_past_the_covered_years_says_only_weekly_rest_days_applied()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2026, 12, 21, 9, 0), TimeLimit.WorkingDays(10));

        Assert.Equal(Vn.At(2027, 1, 4, 9, 0), appointment.Due);
        Assert.Equal(CalendarCoverage.WeeklyRestDaysOnly, appointment.CalendarUse.Coverage);
        Assert.Contains("vn-civil-service:2027:weekly-rest-days-only", appointment.CalendarUse.Versions);
    }

    [Fact]
    public void Appointment_two_years_out_uses_a_calendar_year_passed_in_code()
    {
        var civil = EmbeddedCalendars.VietnamCivilService;
        var year2027 = new CalendarYear(civil.Id, 2027, Weekend, [Row(2027, 1, 1)], []);
        var calculator = new WorkingTimeCalculator(new WorkingCalendar(civil.Id, [.. civil.Years, year2027]), OfficeHours.Default);

        var appointment = calculator.Appoint(Vn.At(2026, 12, 21, 9, 0), TimeLimit.WorkingDays(10));

        Assert.Equal(Vn.At(2027, 1, 5, 9, 0), appointment.Due);
        Assert.Equal(CalendarCoverage.Complete, appointment.CalendarUse.Coverage);
        Assert.Contains(year2027.Version, appointment.CalendarUse.Versions);
    }

    [Fact]
    public void Agency_calendar_without_years_applies_its_weekly_rest_days()
    {
        var sundaysOnly = new WorkingCalendar("agency-x", [], [DayOfWeek.Sunday]);

        Assert.True(sundaysOnly.IsWorkingDay(new DateOnly(2025, 11, 8)));
        Assert.False(sundaysOnly.IsWorkingDay(new DateOnly(2025, 11, 9)));
    }

    [Fact]
    public void Pause_records_the_calendar_years_it_spans()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 12, 1, 9, 0), TimeLimit.WorkingDays(5));

        var moved = Vn.Civil.MoveByPause(appointment, Vn.At(2025, 12, 30, 9, 0), Vn.At(2026, 1, 2, 9, 0));

        Assert.Equal(2, moved.CalendarUse.Versions.Count);
        Assert.Equal(TimeSpan.FromHours(6 + 8 + 2), moved.PausedWorkingTime); // 1 January 2026 is off
    }
}
