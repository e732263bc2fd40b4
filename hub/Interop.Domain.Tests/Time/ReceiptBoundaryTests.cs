using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>Receipt on the edges of office hours and on days without them.</summary>
public sealed class ReceiptBoundaryTests
{
    [Theory]
    [InlineData(7, 0, 7, 0)]
    [InlineData(11, 29, 11, 29)]
    [InlineData(11, 30, 13, 30)]
    [InlineData(12, 15, 13, 30)]
    [InlineData(13, 30, 13, 30)]
    [InlineData(6, 0, 7, 0)]
    public void Counting_starts_at_the_receipt_or_the_next_slot_the_same_day(int hour, int minute, int startHour, int startMinute)
    {
        var start = Vn.Civil.CountingStart(Vn.At(2025, 11, 4, hour, minute));

        Assert.Equal(Vn.At(2025, 11, 4, startHour, startMinute), start);
    }

    [Fact]
    public void Counting_starts_next_working_day_when_received_exactly_at_17_00()
    {
        Assert.Equal(Vn.At(2025, 11, 5, 7, 0), Vn.Civil.CountingStart(Vn.At(2025, 11, 4, 17, 0)));
    }

    [Fact]
    public void Appointment_of_one_working_hour_received_at_11_30_is_14_30()
    {
        Assert.Equal(Vn.At(2025, 11, 4, 14, 30), Vn.Civil.Appoint(Vn.At(2025, 11, 4, 11, 30), TimeLimit.WorkingHours(1)).Due);
    }

    [Fact]
    public void Appointment_of_one_working_hour_received_at_13_30_is_14_30()
    {
        Assert.Equal(Vn.At(2025, 11, 4, 14, 30), Vn.Civil.Appoint(Vn.At(2025, 11, 4, 13, 30), TimeLimit.WorkingHours(1)).Due);
    }

    [Fact]
    public void Appointment_of_one_working_hour_received_at_17_00_is_next_morning_08_00()
    {
        Assert.Equal(Vn.At(2025, 11, 5, 8, 0), Vn.Civil.Appoint(Vn.At(2025, 11, 4, 17, 0), TimeLimit.WorkingHours(1)).Due);
    }

    [Fact]
    public void Appointment_ending_exactly_at_closing_time_is_that_closing_time()
    {
        Assert.Equal(Vn.At(2025, 11, 4, 11, 30), Vn.Civil.Appoint(Vn.At(2025, 11, 4, 10, 30), TimeLimit.WorkingHours(1)).Due);
    }

    [Fact]
    public void Appointment_counts_from_the_next_working_day_when_received_on_a_holiday()
    {
        // 2025-09-01 and 09-02 are off (Quốc khánh).
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 9, 2, 10, 0), TimeLimit.WorkingDays(1));

        Assert.Equal(Vn.At(2025, 9, 3, 7, 0), appointment.CountingStart);
        Assert.Equal(Vn.At(2025, 9, 3, 17, 0), appointment.Due);
    }

    [Fact]
    public void Appointment_counts_on_the_swapped_working_saturday()
    {
        // Saturday 2025-04-26 is a working day in exchange for Friday 2025-05-02.
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 4, 25, 9, 0), TimeLimit.WorkingDays(1));

        Assert.Equal(Vn.At(2025, 4, 26, 9, 0), appointment.Due);
    }

    [Fact]
    public void Appointment_skips_the_holidays_and_the_swapped_friday_around_30_april()
    {
        // Tue 29/4 09:00 gives 6 h; 30/4, 1/5, 2/5 and the weekend are off; Mon 5/5 gives 8 h; Tue 6/5 the last 2 h.
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 4, 29, 9, 0), TimeLimit.WorkingDays(2));

        Assert.Equal(Vn.At(2025, 5, 6, 9, 0), appointment.Due);
    }

    [Fact]
    public void Counting_start_ignores_a_cut_off_when_received_exactly_at_it()
    {
        Assert.Equal(Vn.At(2025, 11, 7, 15, 0), Vn.CivilWithCutOff(15).CountingStart(Vn.At(2025, 11, 7, 15, 0)));
    }

    [Fact]
    public void Counting_start_after_cut_off_skips_to_next_working_day_over_a_weekend()
    {
        Assert.Equal(Vn.At(2025, 11, 10, 7, 0), Vn.CivilWithCutOff(15).CountingStart(Vn.At(2025, 11, 7, 15, 1)));
    }
}
