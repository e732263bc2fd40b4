using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Statistics;

/// <summary>Where one dossier of the competent agency counts: received, carried over, resolved, open.</summary>
internal static class DossierFigures
{
    public static void Count(Dossier dossier, ReportingPeriod period, Tally tally)
    {
        // Filed but never received: the clock never started, so it is nobody's dossier yet.
        if (dossier.Times?.ReceivedTime is not { } receivedTime)
        {
            return;
        }
        var isResolved = dossier.Status is DossierStatus.Resolved or DossierStatus.Returned;
        var resolvedAt = isResolved ? dossier.Times.ResolvedTime?.ToDateTimeOffset() : null;
        if (isResolved && resolvedAt is null)
        {
            return; // No resolution date places it in no period: better absent than counted as open.
        }
        var receivedOn = VietnamTime.DateOf(receivedTime.ToDateTimeOffset());
        DateOnly? resolvedOn = resolvedAt is { } at ? VietnamTime.DateOf(at) : null;

        if (period.Contains(receivedOn))
        {
            tally.Received++;
        }
        if (receivedOn < period.Start && !ResolvedBefore(resolvedOn, period.Start))
        {
            tally.CarriedOver++;
        }
        if (resolvedAt is { } resolved && period.Contains(VietnamTime.DateOf(resolved)))
        {
            CountResolution(dossier, resolved, tally);
        }
        if (receivedOn <= period.End && !ResolvedBefore(resolvedOn, period.End.AddDays(1)))
        {
            tally.Open++;
            if (IsLateAtEnd(dossier, isResolved, period))
            {
                tally.OpenLate++;
            }
        }
    }

    private static bool ResolvedBefore(DateOnly? resolvedOn, DateOnly date) => resolvedOn is { } on && on < date;

    // Without an appointment a resolution cannot be judged; it still counts as resolved, so the three
    // judgements may then add up to less than the resolved count.
    private static void CountResolution(Dossier dossier, DateTimeOffset resolvedAt, Tally tally)
    {
        tally.Resolved++;
        if (dossier.Clock?.Appointment is not { } appointment)
        {
            return;
        }
        switch (Judging.Dossier(appointment.ToDateTimeOffset(), resolvedAt))
        {
            case Judgement.Early: tally.ResolvedEarly++; break;
            case Judgement.OnTime: tally.ResolvedOnTime++; break;
            case Judgement.Late: tally.ResolvedLate++; break;
        }
    }

    // A dossier still paused since before the period's end is judged at its pause's start: time waiting for
    // the citizen (or a suspension) never makes it late, and its appointment moves when the pause ends.
    private static bool IsLateAtEnd(Dossier dossier, bool isResolved, ReportingPeriod period)
    {
        if (dossier.Clock?.Appointment is not { } appointment)
        {
            return false;
        }
        var at = period.EndInstant;
        if (!isResolved && dossier.Clock is { State: ClockState.Paused, PausedSince: { } since } && since.ToDateTimeOffset() < at)
        {
            at = since.ToDateTimeOffset();
        }
        return Judging.OpenDossier(appointment.ToDateTimeOffset(), at) == Judgement.Late;
    }
}
