using Interop.Protos.Type.V1;
using AuditStatistics = Interop.Protos.Audit.V1.Statistics;

namespace Interop.Domain.Statistics;

/// <summary>The counters of one computation.</summary>
internal sealed class Tally
{
    public long Received { get; set; }
    public long CarriedOver { get; set; }
    public long Resolved { get; set; }
    public long ResolvedEarly { get; set; }
    public long ResolvedOnTime { get; set; }
    public long ResolvedLate { get; set; }
    public long Open { get; set; }
    public long OpenLate { get; set; }
    public long StepsCompleted { get; set; }
    public long StepsLate { get; set; }

    public AuditStatistics ToStatistics(string agencyId, string? procedureCode, ReportingPeriod period) => new()
    {
        AgencyId = agencyId,
        ProcedureCode = procedureCode ?? "",
        PeriodStart = CivilDateOf(period.Start),
        PeriodEnd = CivilDateOf(period.End),
        Received = Received,
        CarriedOver = CarriedOver,
        Resolved = Resolved,
        ResolvedEarly = ResolvedEarly,
        ResolvedOnTime = ResolvedOnTime,
        ResolvedLate = ResolvedLate,
        Open = Open,
        OpenLate = OpenLate,
        // Integer division rounds down, so a rate is never shown better than it is.
        OnTimeRatePpm = Resolved == 0 ? 0 : (ResolvedEarly + ResolvedOnTime) * 1_000_000 / Resolved,
        StepsCompleted = StepsCompleted,
        StepsLate = StepsLate,
    };

    private static CivilDate CivilDateOf(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };
}
