using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

public static partial class DossierFold
{
    private static void ApplySupplementRequested(Dossier next, EventBody body, SupplementRequested requested)
    {
        var request = new SupplementRequest
        {
            Id = requested.SupplementId,
            Phase = requested.Phase,
            Status = SupplementStatus.Requested,
            RequestedByAgency = body.Actor?.Agency?.Clone(),
            RequestedBy = body.Actor?.Officer?.Clone(),
            RequestedTime = body.ClaimedTime,
            Reason = requested.Reason,
            Content = requested.Content,
            CitizenDeadline = requested.CitizenDeadline,
            AppointmentBefore = next.Clock.Appointment,
        };
        request.ComponentCodes.Add(requested.ComponentCodes);
        next.Supplements.Add(request);
        Pause(next, body);
    }

    private static void ApplySupplemented(Dossier next, EventBody body, Supplemented supplemented)
    {
        var request = OpenSupplement(next, supplemented.SupplementId, body);
        request.Status = SupplementStatus.Supplied;
        request.SuppliedTime = supplemented.SuppliedTime ?? body.ClaimedTime;
        request.ReceivedTime = body.ClaimedTime;
        request.ReceivedBy = body.Actor?.Officer?.Clone();
        request.ReceptionNote = supplemented.ReceptionNote;
        request.Documents.Add(supplemented.Documents);
        request.Fees.Add(supplemented.Fees);
        next.Fees.Lines.Add(supplemented.Fees);
        Resume(next, supplemented.Resumption);
        request.AppointmentAfter = next.Clock.Appointment;
    }

    private static void ApplySupplementExpired(Dossier next, EventBody body, SupplementExpired expired)
    {
        var request = OpenSupplement(next, expired.SupplementId, body);
        request.Status = SupplementStatus.Expired;
        var reason = string.IsNullOrEmpty(expired.Note) ? "supplement expired" : expired.Note;
        if (request.Phase == SupplementPhase.Reception)
        {
            next.Refusal = ClosureOf(body, reason);
            next.Clock.State = ClockState.Stopped;
            next.Times.RefusedTime = body.ClaimedTime;
        }
        else
        {
            // The supplement's pause becomes a suspension: the clock stays paused.
            next.Suspension = ClosureOf(body, reason);
        }
    }

    private static void ApplyFeeRequested(Dossier next, EventBody body, FeeRequested requested)
    {
        next.Fees.Lines.Add(requested.Lines);
        next.Fees.Status = FeeStatus.Requested;
        Pause(next, body);
    }

    private static void ApplyFeePaid(Dossier next, FeePaid paid)
    {
        next.Fees.Payments.Add(paid.Payments);
        next.Fees.Status = FeeStatus.Paid;
        Resume(next, paid.Resumption);
    }

    private static void ApplySuspended(Dossier next, EventBody body, Suspended suspended)
    {
        next.Suspension = ClosureOf(body, suspended.Reason);
        Pause(next, body);
    }

    private static void Pause(Dossier next, EventBody body)
    {
        if (next.Clock.State == ClockState.Running)
        {
            next.Clock.State = ClockState.Paused;
            next.Clock.PausedSince = body.ClaimedTime;
        }
    }

    /// <summary>Ends a pause: the recorded resumption moves the appointment; none means the clock stays as it was (still paused, or not started).</summary>
    private static void Resume(Dossier next, ClockResumption? resumption)
    {
        if (resumption is null)
        {
            return;
        }

        next.Clock.State = ClockState.Running;
        next.Clock.PausedSince = null;
        next.Clock.PausedWorkingMinutes += resumption.PausedWorkingMinutes;
        next.Clock.Appointment = resumption.Appointment;
        next.Clock.CalendarVersion = resumption.CalendarVersion;
    }

    private static SupplementRequest OpenSupplement(Dossier next, string id, EventBody body)
        => next.Supplements.LastOrDefault(s => s.Status == SupplementStatus.Requested && (id.Length == 0 || s.Id == id))
            ?? throw new InvalidOperationException($"event {body.Id}: no open supplement request {id}");
}
