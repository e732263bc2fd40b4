using Interop.Protos.Dossier.V1;
using AuditStatistics = Interop.Protos.Audit.V1.Statistics;

namespace Interop.Domain.Statistics;

/// <summary>On-time figures of an agency over a period of local dates (DESIGN.md §3 "Statistics").</summary>
public static class OnTimeStatistics
{
    /// <summary>
    /// Computes the figures of one agency, optionally of one procedure, over the local dates
    /// <paramref name="periodStart"/> to <paramref name="periodEnd"/> inclusive.
    /// </summary>
    /// <remarks>
    /// Dossier figures count dossiers whose competent agency is <paramref name="agencyId"/>; step figures count
    /// accepted hand-overs to it, whoever is competent. Refused and withdrawn dossiers count nowhere. A dossier is
    /// judged against its appointment as moved by pauses, never the one an apology slip promised. "Open late" is
    /// judged at the last millisecond of the period (<paramref name="periodEnd"/> 23:59:59.999 local time).
    /// </remarks>
    /// <param name="dossiers">Dossier states as their events add up to; others' dossiers are skipped.</param>
    /// <param name="agencyId">The agency's electronic identifier.</param>
    /// <param name="procedureCode">A procedure code to keep (exact match), or null for every procedure.</param>
    /// <param name="periodStart">The first local date of the period.</param>
    /// <param name="periodEnd">The last local date of the period.</param>
    /// <returns>The figures, with the on-time rate in parts per million (rounded down).</returns>
    /// <exception cref="ArgumentException"><paramref name="agencyId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period ends before it starts.</exception>
    public static AuditStatistics Compute(
        IEnumerable<Dossier> dossiers, string agencyId, string? procedureCode, DateOnly periodStart, DateOnly periodEnd)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodEnd, periodStart);
        var period = new ReportingPeriod(periodStart, periodEnd);
        var tally = new Tally();
        foreach (var dossier in dossiers)
        {
            if (Excluded(dossier, procedureCode))
            {
                continue;
            }
            if (dossier.Custody?.CompetentAgency?.AgencyId == agencyId)
            {
                DossierFigures.Count(dossier, period, tally);
            }
            StepFigures.Count(dossier, agencyId, period, tally);
        }
        return tally.ToStatistics(agencyId, procedureCode, period);
    }

    private static bool Excluded(Dossier dossier, string? procedureCode) =>
        dossier.Status is DossierStatus.Refused or DossierStatus.Withdrawn
        || (procedureCode is not null && dossier.Details?.Procedure?.ProcedureCode != procedureCode);
}
