using Interop.Domain.Statistics;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Statistics.States;
using AuditStatistics = Interop.Protos.Audit.V1.Statistics;

namespace Interop.Domain.Tests.Statistics;

/// <summary>Step figures: accepted hand-overs to the agency, by the local date they were completed.</summary>
public sealed class StepFiguresTests
{
    private static readonly DateTimeOffset Deadline = Vn.At(2025, 11, 12, 9, 0);

    private static AuditStatistics November(string agencyId, params Dossier[] dossiers) =>
        OnTimeStatistics.Compute(dossiers, agencyId, null, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30));

    private static Dossier Dossier() => Received("d", Vn.At(2025, 11, 3, 8, 0), Vn.At(2025, 11, 28, 16, 30));

    [Fact]
    public void Step_completed_at_its_deadline_is_on_time_and_a_minute_later_is_late()
    {
        var figures = November(LandOffice, Dossier()
            .HandedOver(LandOffice, Deadline, completed: Deadline)
            .HandedOver(LandOffice, Deadline, completed: Deadline.AddMinutes(1)));

        Assert.Equal((2L, 1L), (figures.StepsCompleted, figures.StepsLate));
    }

    [Fact]
    public void Steps_count_for_the_agency_that_received_them_not_the_competent_one()
    {
        var dossier = Dossier().HandedOver(Desk, Deadline, completed: Deadline.AddDays(1));

        var desk = November(Desk, dossier);

        Assert.Equal((1L, 1L), (desk.StepsCompleted, desk.StepsLate));
        Assert.Equal(0, November(LandOffice, dossier).StepsCompleted);
    }

    [Fact]
    public void Returned_and_recalled_offers_are_not_steps()
    {
        var figures = November(LandOffice, Dossier()
            .HandedOver(LandOffice, Deadline, completed: Deadline, HandoverStatus.Returned)
            .HandedOver(LandOffice, Deadline, completed: Deadline, HandoverStatus.Recalled));

        Assert.Equal(0, figures.StepsCompleted);
    }

    [Fact]
    public void Step_belongs_to_the_period_of_its_local_completion_date()
    {
        var figures = November(LandOffice, Dossier()
            .HandedOver(LandOffice, Vn.At(2025, 10, 31, 9, 0), completed: Vn.At(2025, 10, 31, 23, 59))
            .HandedOver(LandOffice, Vn.At(2025, 12, 1, 9, 0), completed: Vn.At(2025, 12, 1, 0, 0))
            .HandedOver(LandOffice, Vn.At(2025, 11, 30, 9, 0), completed: Vn.At(2025, 11, 30, 23, 59)));

        Assert.Equal((1L, 1L), (figures.StepsCompleted, figures.StepsLate));
    }
}
