using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>The worked examples of the brief, literally (office hours 07:00–11:30, 13:30–17:00).</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Appointment_counts_the_rest_of_friday_then_three_working_days()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 11, 7, 16, 30), TimeLimit.WorkingDays(3));

        Assert.Equal(Vn.At(2025, 11, 12, 16, 30), appointment.Due);
    }

    [Fact]
    public void Appointment_counts_from_next_working_day_when_received_after_cut_off()
    {
        var appointment = Vn.CivilWithCutOff(15).Appoint(Vn.At(2025, 11, 7, 16, 30), TimeLimit.WorkingDays(3));

        Assert.Equal(Vn.At(2025, 11, 10, 7, 0), appointment.CountingStart);
        Assert.Equal(Vn.At(2025, 11, 12, 17, 0), appointment.Due);
    }

    [Fact]
    public void Appointment_of_five_working_days_from_monday_morning_is_next_monday()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 11, 3, 8, 0), TimeLimit.WorkingDays(5));

        Assert.Equal(Vn.At(2025, 11, 10, 8, 0), appointment.Due);
    }

    [Fact]
    public void Appointment_moves_by_the_sixteen_working_hours_of_a_supplement_pause()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 11, 3, 8, 0), TimeLimit.WorkingDays(5));

        var moved = Vn.Civil.MoveByPause(appointment, Vn.At(2025, 11, 4, 10, 0), Vn.At(2025, 11, 6, 10, 0));

        Assert.Equal(TimeSpan.FromHours(16), moved.PausedWorkingTime);
        Assert.Equal(Vn.At(2025, 11, 12, 8, 0), moved.Due);
    }

    [Fact]
    public void Appointment_skips_tet_holidays()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2026, 2, 12, 9, 0), TimeLimit.WorkingDays(3));

        Assert.Equal(Vn.At(2026, 2, 24, 9, 0), appointment.Due);
        Assert.Equal(CalendarCoverage.Complete, appointment.CalendarUse.Coverage);
        Assert.Equal([EmbeddedCalendars.VietnamCivilService.Years.Single(y => y.Year == 2026).Version], appointment.CalendarUse.Versions);
    }

    [Fact]
    public void Dossier_resolved_at_23_59_local_on_the_appointment_date_is_on_time()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 11, 7, 16, 30), TimeLimit.WorkingDays(3));

        Assert.Equal(Judgement.OnTime, Judging.Dossier(appointment.Due, DateTimeOffset.Parse("2025-11-12T16:59:00Z")));
    }

    [Fact]
    public void Dossier_resolved_at_00_30_local_the_next_day_is_late()
    {
        var appointment = Vn.Civil.Appoint(Vn.At(2025, 11, 7, 16, 30), TimeLimit.WorkingDays(3));

        Assert.Equal(Judgement.Late, Judging.Dossier(appointment.Due, DateTimeOffset.Parse("2025-11-12T17:30:00Z")));
    }
}
