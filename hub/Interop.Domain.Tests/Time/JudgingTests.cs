using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>Judging dossiers by local date, steps by deadline instant.</summary>
public sealed class JudgingTests
{
    private static readonly DateTimeOffset Appointment = Vn.At(2025, 11, 12, 16, 30);
    private static readonly DateTimeOffset Deadline = Vn.At(2025, 11, 12, 10, 0);

    [Fact]
    public void Dossier_resolved_on_an_earlier_date_is_early()
    {
        Assert.Equal(Judgement.Early, Judging.Dossier(Appointment, Vn.At(2025, 11, 11, 23, 59)));
    }

    [Fact]
    public void Dossier_resolved_after_the_appointment_time_on_the_same_date_is_on_time()
    {
        Assert.Equal(Judgement.OnTime, Judging.Dossier(Appointment, Vn.At(2025, 11, 12, 20, 0)));
    }

    [Fact]
    public void Dossier_judging_uses_local_dates_whatever_the_offset_given()
    {
        var appointmentInUtc = Appointment.ToUniversalTime();

        Assert.Equal(Judgement.Early, Judging.Dossier(appointmentInUtc, DateTimeOffset.Parse("2025-11-11T16:59:00Z")));
        Assert.Equal(Judgement.OnTime, Judging.Dossier(appointmentInUtc, DateTimeOffset.Parse("2025-11-11T17:00:00Z")));
    }

    [Fact]
    public void Open_dossier_is_not_judged_until_its_appointment_date_has_passed()
    {
        Assert.Null(Judging.OpenDossier(Appointment, Vn.At(2025, 11, 12, 23, 59)));
        Assert.Equal(Judgement.Late, Judging.OpenDossier(Appointment, Vn.At(2025, 11, 13, 0, 30)));
    }

    [Fact]
    public void Step_completed_on_an_earlier_date_is_early()
    {
        Assert.Equal(Judgement.Early, Judging.Step(Deadline, Vn.At(2025, 11, 11, 16, 0)));
    }

    [Fact]
    public void Step_completed_earlier_on_the_deadline_date_is_on_time()
    {
        Assert.Equal(Judgement.OnTime, Judging.Step(Deadline, Vn.At(2025, 11, 12, 7, 0)));
    }

    [Fact]
    public void Step_completed_exactly_at_the_deadline_is_on_time()
    {
        Assert.Equal(Judgement.OnTime, Judging.Step(Deadline, Deadline));
    }

    [Fact]
    public void Step_completed_after_the_deadline_instant_is_late_even_on_the_same_date()
    {
        Assert.Equal(Judgement.Late, Judging.Step(Deadline, Vn.At(2025, 11, 12, 10, 1)));
    }

    [Fact]
    public void Open_step_is_late_once_past_its_deadline()
    {
        Assert.Null(Judging.OpenStep(Deadline, Deadline));
        Assert.Equal(Judgement.Late, Judging.OpenStep(Deadline, Deadline.AddMinutes(1)));
    }
}
