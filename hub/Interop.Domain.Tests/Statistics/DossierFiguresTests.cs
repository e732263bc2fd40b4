using Interop.Domain.Statistics;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Statistics.States;
using AuditStatistics = Interop.Protos.Audit.V1.Statistics;

namespace Interop.Domain.Tests.Statistics;

/// <summary>One rule of the dossier figures at a time, over November 2025 unless stated.</summary>
public sealed class DossierFiguresTests
{
    private static readonly DateTimeOffset Appointment = Vn.At(2025, 11, 18, 16, 30);

    private static AuditStatistics November(params Dossier[] dossiers) =>
        OnTimeStatistics.Compute(dossiers, LandOffice, null, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30));

    private static Dossier Due18th() => Received("d", Vn.At(2025, 11, 4, 8, 0), Appointment);

    [Fact]
    public void Dossier_resolved_at_23_59_local_on_its_appointment_date_is_on_time()
    {
        var figures = November(Due18th().ResolvedAt(Vn.At(2025, 11, 18, 23, 59)));

        Assert.Equal((1L, 0L, 1L, 0L), (figures.Resolved, figures.ResolvedEarly, figures.ResolvedOnTime, figures.ResolvedLate));
    }

    [Fact]
    public void Dossier_resolved_at_00_30_local_the_next_day_is_late()
    {
        var figures = November(Due18th().ResolvedAt(Vn.At(2025, 11, 19, 0, 30)));

        Assert.Equal((1L, 0L, 0L, 1L), (figures.Resolved, figures.ResolvedEarly, figures.ResolvedOnTime, figures.ResolvedLate));
    }

    [Fact]
    public void Dossier_belongs_to_the_period_of_its_local_resolution_date_not_its_utc_date()
    {
        // 17:30 UTC on 31 October is 00:30 on 1 November in Hà Nội.
        var resolvedAt = DateTimeOffset.Parse("2025-10-31T17:30:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var dossier = Received("d", Vn.At(2025, 10, 20, 8, 0), Vn.At(2025, 11, 3, 16, 30)).ResolvedAt(resolvedAt);

        var figures = November(dossier);

        Assert.Equal((1L, 1L, 1L, 0L), (figures.Resolved, figures.ResolvedEarly, figures.CarriedOver, figures.Open));
    }

    [Fact]
    public void Apology_slip_appointment_is_never_used_to_judge()
    {
        var figures = November(Due18th().Rescheduled(Vn.At(2025, 11, 25, 16, 30)).ResolvedAt(Vn.At(2025, 11, 20, 9, 0)));

        Assert.Equal(1, figures.ResolvedLate);
    }

    [Fact]
    public void Refused_and_withdrawn_dossiers_count_nowhere_not_even_their_steps()
    {
        var figures = November(
            Due18th().WithStatus(DossierStatus.Refused),
            Received("w", Vn.At(2025, 10, 28, 8, 0), Appointment).WithStatus(DossierStatus.Withdrawn)
                .HandedOver(LandOffice, deadline: Vn.At(2025, 11, 4, 9, 0), completed: Vn.At(2025, 11, 5, 9, 0)));

        Assert.Equal(
            new AuditStatistics { AgencyId = LandOffice, PeriodStart = figures.PeriodStart, PeriodEnd = figures.PeriodEnd },
            figures);
    }

    [Fact]
    public void Another_competent_agency_s_dossiers_are_left_out_of_the_dossier_figures()
    {
        var figures = November(Due18th().Competent(OtherOffice).ResolvedAt(Vn.At(2025, 11, 10, 9, 0)));

        Assert.Equal((0L, 0L, 0L), (figures.Received, figures.Resolved, figures.Open));
    }

    [Fact]
    public void Recalled_result_counts_as_open_even_though_a_resolution_time_was_recorded()
    {
        var dossier = Due18th().ResolvedAt(Vn.At(2025, 11, 10, 9, 0)).WithStatus(DossierStatus.Processing);

        var figures = November(dossier);

        Assert.Equal((0L, 1L), (figures.Resolved, figures.Open));
    }

    [Fact]
    public void Carried_over_dossier_was_received_before_the_period_and_not_resolved_before_it_started()
    {
        var figures = November(
            Received("open", Vn.At(2025, 10, 30, 8, 0), Appointment),
            Received("resolved-in-november", Vn.At(2025, 10, 30, 8, 0), Appointment).ResolvedAt(Vn.At(2025, 11, 1, 0, 0)),
            Received("resolved-in-october", Vn.At(2025, 10, 30, 8, 0), Appointment).ResolvedAt(Vn.At(2025, 10, 31, 23, 59)),
            Received("received-in-november", Vn.At(2025, 11, 1, 0, 0), Appointment));

        Assert.Equal((2L, 1L), (figures.CarriedOver, figures.Received));
    }

    [Fact]
    public void Open_dossier_due_on_the_period_s_last_day_is_late_only_in_a_period_ending_after_it()
    {
        Dossier[] dueOn28th = [Received("d", Vn.At(2025, 11, 20, 8, 0), Vn.At(2025, 11, 28, 16, 30))];

        var to28th = OnTimeStatistics.Compute(dueOn28th, LandOffice, null, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 28));
        var to29th = OnTimeStatistics.Compute(dueOn28th, LandOffice, null, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 29));

        Assert.Equal((1L, 0L), (to28th.Open, to28th.OpenLate));
        Assert.Equal((1L, 1L), (to29th.Open, to29th.OpenLate));
    }

    [Fact]
    public void Open_dossier_paused_before_its_appointment_is_not_late_at_the_period_end()
    {
        var figures = November(
            Due18th().PausedSince(Vn.At(2025, 11, 14, 9, 0)),
            Received("paused-late", Vn.At(2025, 11, 4, 8, 0), Appointment).PausedSince(Vn.At(2025, 11, 19, 9, 0)));

        Assert.Equal((2L, 1L), (figures.Open, figures.OpenLate));
    }

    [Fact]
    public void On_time_rate_is_in_parts_per_million_rounded_down()
    {
        var figures = November(
            Received("a", Vn.At(2025, 11, 4, 8, 0), Appointment).ResolvedAt(Vn.At(2025, 11, 10, 9, 0)),
            Received("b", Vn.At(2025, 11, 4, 8, 0), Appointment).ResolvedAt(Vn.At(2025, 11, 18, 9, 0)),
            Received("c", Vn.At(2025, 11, 4, 8, 0), Appointment).ResolvedAt(Vn.At(2025, 11, 19, 9, 0)));

        Assert.Equal(666_666, figures.OnTimeRatePpm);
    }

    [Fact]
    public void On_time_rate_is_zero_when_nothing_was_resolved()
    {
        Assert.Equal(0, November(Due18th()).OnTimeRatePpm);
    }

    [Fact]
    public void Period_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            OnTimeStatistics.Compute([], LandOffice, null, new DateOnly(2025, 11, 30), new DateOnly(2025, 11, 1)));
    }
}
