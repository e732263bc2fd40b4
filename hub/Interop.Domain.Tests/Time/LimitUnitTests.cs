using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>Working hours, fractional working days and calendar days.</summary>
public sealed class LimitUnitTests
{
    [Fact]
    public void Appointment_in_working_hours_skips_the_lunch_break()
    {
        Assert.Equal(Vn.At(2025, 11, 3, 16, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 3, 10, 0), TimeLimit.WorkingHours(4)).Due);
    }

    [Fact]
    public void Appointment_in_working_hours_continues_after_the_weekend()
    {
        Assert.Equal(Vn.At(2025, 11, 10, 10, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 7, 16, 0), TimeLimit.WorkingHours(4)).Due);
    }

    [Fact]
    public void Half_a_working_day_is_four_working_hours()
    {
        Assert.Equal(Vn.At(2025, 11, 3, 14, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 3, 8, 0), TimeLimit.WorkingDays(0.5m)).Due);
    }

    [Fact]
    public void Working_day_is_eight_hours_even_when_the_office_day_is_longer()
    {
        var longDay = new OfficeHours([new OfficeInterval(new TimeOnly(7, 0), new TimeOnly(19, 0))]);
        var calculator = new WorkingTimeCalculator(EmbeddedCalendars.VietnamCivilService, longDay);

        Assert.Equal(Vn.At(2025, 11, 3, 15, 0), calculator.Appoint(Vn.At(2025, 11, 3, 7, 0), TimeLimit.WorkingDays(1)).Due);
    }

    [Fact]
    public void Appointment_in_calendar_days_keeps_the_clock_time_on_a_working_day()
    {
        Assert.Equal(Vn.At(2025, 11, 13, 8, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 3, 8, 0), TimeLimit.CalendarDays(10)).Due);
    }

    [Fact]
    public void Appointment_in_calendar_days_ending_on_a_sunday_moves_to_monday_opening()
    {
        Assert.Equal(Vn.At(2025, 11, 10, 7, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 3, 16, 0), TimeLimit.CalendarDays(6)).Due);
    }

    [Fact]
    public void Appointment_in_calendar_days_ending_in_tet_moves_to_the_first_working_day_after()
    {
        // Tue 2026-02-10 + 7 days = Tue 02-17 (mùng 1 Tết); off until Sunday 02-22.
        Assert.Equal(Vn.At(2026, 2, 23, 7, 0), Vn.Civil.Appoint(Vn.At(2026, 2, 10, 10, 0), TimeLimit.CalendarDays(7)).Due);
    }

    [Fact]
    public void Appointment_in_calendar_days_of_a_later_receipt_is_never_earlier()
    {
        var earlier = Vn.Civil.Appoint(Vn.At(2025, 11, 3, 16, 0), TimeLimit.CalendarDays(6));
        var later = Vn.Civil.Appoint(Vn.At(2025, 11, 4, 8, 0), TimeLimit.CalendarDays(6));

        Assert.Equal(Vn.At(2025, 11, 10, 8, 0), later.Due);
        Assert.True(earlier.Due <= later.Due);
    }

    [Fact]
    public void Appointment_in_calendar_days_received_on_a_weekend_counts_from_monday_opening()
    {
        Assert.Equal(Vn.At(2025, 11, 12, 7, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 8, 20, 0), TimeLimit.CalendarDays(2)).Due);
    }

    [Fact]
    public void Appointment_in_calendar_days_moves_by_paused_working_time()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 11, 3, 16, 0), TimeLimit.CalendarDays(3));

        var moved = Vn.Civil.MoveBy(appointment, TimeSpan.FromHours(2));

        Assert.Equal(Vn.At(2025, 11, 7, 8, 0), moved.Due);
    }

    [Theory]
    [InlineData(0, LimitUnit.WorkingDays)]
    [InlineData(-1, LimitUnit.WorkingHours)]
    [InlineData(1.5, LimitUnit.CalendarDays)]
    [InlineData(0.001, LimitUnit.WorkingHours)]
    public void Limit_refuses_amounts_that_are_not_positive_whole_units(decimal amount, LimitUnit unit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(amount, unit));
    }
}
