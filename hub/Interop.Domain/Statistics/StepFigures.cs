using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Statistics;

/// <summary>Steps the agency received (accepted hand-overs to it) and completed in the period.</summary>
internal static class StepFigures
{
    public static void Count(Dossier dossier, string agencyId, ReportingPeriod period, Tally tally)
    {
        if (dossier.Custody is null)
        {
            return;
        }
        foreach (var handover in dossier.Custody.Handovers)
        {
            if (handover.ToAgency?.AgencyId != agencyId
                || handover.Status != HandoverStatus.Accepted
                || handover.CompletedTime is not { } completedTime)
            {
                continue;
            }
            var completedAt = completedTime.ToDateTimeOffset();
            if (!period.Contains(VietnamTime.DateOf(completedAt)))
            {
                continue;
            }
            tally.StepsCompleted++;
            // A step without a recorded deadline cannot be late.
            if (handover.Deadline is { } deadline && Judging.Step(deadline.ToDateTimeOffset(), completedAt) == Judgement.Late)
            {
                tally.StepsLate++;
            }
        }
    }
}
