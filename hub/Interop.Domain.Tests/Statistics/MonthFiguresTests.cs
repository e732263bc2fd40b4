using Interop.Domain.Statistics;
using Interop.Domain.Tests.Time;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Domain.Tests.Statistics.States;
using AuditStatistics = Interop.Protos.Audit.V1.Statistics;

namespace Interop.Domain.Tests.Statistics;

/// <summary>The land office's figures for November 2025 over a hand-made set of dossiers.</summary>
public sealed class MonthFiguresTests
{
    private static readonly DateOnly November1 = new(2025, 11, 1);
    private static readonly DateOnly November30 = new(2025, 11, 30);

    private static readonly Dossier[] Dossiers =
    [
        // Resolved in November: early, on time at 23:59 on the appointment date, late at 00:30 the next day.
        Received("early", Vn.At(2025, 11, 3, 8, 0), Vn.At(2025, 11, 14, 16, 30)).ResolvedAt(Vn.At(2025, 11, 12, 10, 0))
            .HandedOver(LandOffice, deadline: Vn.At(2025, 11, 10, 9, 0), completed: Vn.At(2025, 11, 10, 8, 0)),
        Received("on-time", Vn.At(2025, 11, 4, 8, 0), Vn.At(2025, 11, 18, 16, 30)).ResolvedAt(Vn.At(2025, 11, 18, 23, 59), DossierStatus.Resolved)
            .HandedOver(LandOffice, deadline: Vn.At(2025, 11, 10, 9, 0), completed: Vn.At(2025, 11, 4, 9, 0), HandoverStatus.Returned),
        Received("late", Vn.At(2025, 11, 5, 8, 0), Vn.At(2025, 11, 19, 16, 30)).ResolvedAt(Vn.At(2025, 11, 20, 0, 30))
            .HandedOver(LandOffice, deadline: Vn.At(2025, 11, 12, 9, 0), completed: Vn.At(2025, 11, 13, 10, 0)),
        // Carried over from October: one resolved early in November, one still open and late at the month's end.
        Received("october-early", Vn.At(2025, 10, 27, 8, 0), Vn.At(2025, 11, 7, 16, 30)).ResolvedAt(Vn.At(2025, 11, 6, 9, 0))
            .HandedOver(LandOffice, deadline: Vn.At(2025, 10, 31, 9, 0), completed: Vn.At(2025, 10, 31, 8, 0)),
        Received("october-open", Vn.At(2025, 10, 29, 8, 0), Vn.At(2025, 11, 12, 16, 30))
            .HandedOver(Desk, deadline: Vn.At(2025, 11, 5, 9, 0), completed: Vn.At(2025, 11, 5, 10, 0)),
        // Resolved at 23:59 local on 31 October: October's, not November's.
        Received("october-done", Vn.At(2025, 10, 20, 8, 0), Vn.At(2025, 10, 31, 16, 30)).ResolvedAt(Vn.At(2025, 10, 31, 23, 59)),
        // Received in November, open at its end: one not due yet, one due on the 28th and resolved in December.
        Received("open", Vn.At(2025, 11, 25, 8, 0), Vn.At(2025, 12, 9, 16, 30)),
        Received("december", Vn.At(2025, 11, 20, 8, 0), Vn.At(2025, 11, 28, 16, 30)).ResolvedAt(Vn.At(2025, 12, 2, 9, 0)),
        // Counted nowhere: refused, withdrawn (with a step), another agency's, never received, received in December.
        Received("refused", Vn.At(2025, 11, 3, 8, 0), Vn.At(2025, 11, 14, 16, 30)).WithStatus(DossierStatus.Refused),
        Received("withdrawn", Vn.At(2025, 10, 28, 8, 0), Vn.At(2025, 11, 10, 16, 30)).WithStatus(DossierStatus.Withdrawn)
            .HandedOver(LandOffice, deadline: Vn.At(2025, 11, 4, 9, 0), completed: Vn.At(2025, 11, 5, 9, 0)),
        Received("other-agency", Vn.At(2025, 11, 3, 8, 0), Vn.At(2025, 11, 14, 16, 30)).Competent(OtherOffice).ResolvedAt(Vn.At(2025, 11, 5, 9, 0))
            .HandedOver(LandOffice, deadline: Vn.At(2025, 11, 5, 9, 0), completed: Vn.At(2025, 11, 4, 16, 0)),
        new Dossier { Id = "submitted", Status = DossierStatus.Submitted, Custody = new Custody { CompetentAgency = new AgencyRef { AgencyId = LandOffice } } },
        Received("next-month", Vn.At(2025, 12, 1, 8, 0), Vn.At(2025, 12, 12, 16, 30)),
    ];

    [Fact]
    public void Land_office_figures_for_november_count_each_dossier_where_the_design_says()
    {
        var figures = OnTimeStatistics.Compute(Dossiers, LandOffice, procedureCode: null, November1, November30);

        Assert.Equal(
            new AuditStatistics
            {
                AgencyId = LandOffice,
                ProcedureCode = "",
                PeriodStart = new CivilDate { Year = 2025, Month = 11, Day = 1 },
                PeriodEnd = new CivilDate { Year = 2025, Month = 11, Day = 30 },
                Received = 5,        // early, on-time, late, open, december
                CarriedOver = 2,     // october-early, october-open
                Resolved = 4,        // early, on-time, late, october-early
                ResolvedEarly = 2,   // early, october-early
                ResolvedOnTime = 1,  // on-time (23:59 on its appointment date)
                ResolvedLate = 1,    // late (00:30 the day after)
                Open = 3,            // october-open, open, december
                OpenLate = 2,        // october-open (due 12th), december (due 28th)
                OnTimeRatePpm = 750_000,
                StepsCompleted = 3,  // early, late, and the step it did for other-agency
                StepsLate = 1,       // late: completed on the 13th, due the 12th
            },
            figures);
    }

    [Fact]
    public void Procedure_filter_keeps_only_that_procedure_s_dossiers_and_steps()
    {
        var dossiers = Dossiers.Select(d => d.Id is "late" or "open" ? d.Clone().OfProcedure(OtherProcedure) : d);

        var figures = OnTimeStatistics.Compute(dossiers, LandOffice, OtherProcedure, November1, November30);

        Assert.Equal(
            new AuditStatistics
            {
                AgencyId = LandOffice,
                ProcedureCode = OtherProcedure,
                PeriodStart = new CivilDate { Year = 2025, Month = 11, Day = 1 },
                PeriodEnd = new CivilDate { Year = 2025, Month = 11, Day = 30 },
                Received = 2,        // late, open
                Resolved = 1,        // late
                ResolvedLate = 1,
                Open = 1,            // open, not due yet
                StepsCompleted = 1,  // late's step
                StepsLate = 1,
            },
            figures);
    }
}
