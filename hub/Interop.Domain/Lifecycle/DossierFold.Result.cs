using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

public static partial class DossierFold
{
    private static void ApplyResolved(Dossier next, EventBody body, Resolved resolved, PersonalData? personal)
    {
        var recalls = next.Result?.RecallCount ?? 0;
        next.Result = new Result
        {
            Outcome = resolved.Outcome,
            Note = resolved.Note,
            ResolvedByAgency = body.Actor?.Agency?.Clone(),
            ApprovedBy = body.Actor?.Officer?.Clone(),
            RecallCount = recalls,
        };
        next.Result.Documents.Add(resolved.Documents);
        if (personal?.ResultFormData is { } form)
        {
            next.PersonalData ??= new PersonalData();
            next.PersonalData.ResultFormData = form.Clone();
        }

        next.Clock.State = ClockState.Stopped;
        next.Times.ResolvedTime = body.ClaimedTime;
        next.Clock.Timeliness = next.Clock.Appointment is null
            ? Timeliness.Unspecified
            : ToTimeliness(Judging.Dossier(next.Clock.Appointment.ToDateTimeOffset(), body.ClaimedTime.ToDateTimeOffset()));
        next.Delivery = new Delivery { Status = DeliveryStatus.AwaitingConfirmation };
        CompleteStepOf(next, body.Actor?.Agency?.AgencyId, body);
    }

    private static void ApplyResultRecalled(Dossier next)
    {
        next.Result.RecallCount += 1;
        next.Result.Outcome = Outcome.Unspecified;
        next.Clock.State = ClockState.Running;
        next.Clock.Timeliness = Timeliness.Unspecified;
        next.Times.ResolvedTime = null;
        next.Delivery = null;
    }

    private static void ApplyResultReturned(Dossier next, EventBody body, ResultReturned returned, PersonalData? personal)
    {
        next.Delivery = new Delivery
        {
            Status = returned.Method switch
            {
                DeliveryMethod.Post => DeliveryStatus.HandedToPost,
                DeliveryMethod.Online => DeliveryStatus.DeliveredOnline,
                _ => DeliveryStatus.HandedToRecipient,
            },
            Method = returned.Method,
            OriginalsTakenBack = returned.OriginalsTakenBack,
            OriginalsTakenBackCount = returned.OriginalsTakenBackCount,
            RecipientSignature = returned.RecipientSignature?.Clone(),
            PostalTrackingNumber = returned.PostalTrackingNumber,
            Note = returned.Note,
        };
        if (personal?.ResultRecipient is { } recipient)
        {
            next.PersonalData ??= new PersonalData();
            next.PersonalData.ResultRecipient = recipient.Clone();
        }

        next.Times.ReturnedTime = body.ClaimedTime;
        CompleteStepOf(next, body.Actor?.Agency?.AgencyId, body);
    }

    private static void ApplyRescheduled(Dossier next, EventBody body, AppointmentRescheduled rescheduled)
    {
        next.Clock.Reschedules.Add(new Reschedule
        {
            CausingAgency = rescheduled.CausingAgency?.Clone(),
            Reason = rescheduled.Reason,
            PreviousAppointment = next.Clock.RescheduledAppointment ?? next.Clock.Appointment,
            NewAppointment = rescheduled.NewAppointment,
            Apology = rescheduled.Apology?.Clone(),
            RecordedTime = body.RecordedTime,
        });
        next.Clock.RescheduledAppointment = rescheduled.NewAppointment;
    }

    private static void ApplyNote(Dossier next, EventBody body, Note note)
    {
        if (note.Progress is { } progress)
        {
            next.LatestProgress = new Progress
            {
                Officer = body.Actor?.Officer?.Clone(),
                StepCode = progress.StepCode,
                StepName = progress.StepName,
                Content = note.Text,
                StatusText = progress.StatusText,
                StepStartTime = progress.StepStartTime,
                StepDeadline = progress.StepDeadline,
                NextStepName = progress.NextStepName,
                NextOfficer = progress.NextOfficer?.Clone(),
                Time = body.ClaimedTime,
            };
        }

        if (note.Postal is { } postal && next.Delivery is not null)
        {
            next.Delivery.PostalDeliveredTime = postal.DeliveredTime;
            next.Delivery.Status = postal.DeliveredTime is null ? next.Delivery.Status : DeliveryStatus.DeliveredByPost;
        }
    }

    private static void CompleteStepOf(Dossier next, string? agencyId, EventBody body)
    {
        var step = LastAcceptedStepOf(next, agencyId);
        if (step is not null && step.CompletedTime is null)
        {
            step.CompletedTime = body.ClaimedTime;
        }
    }

    private static Timeliness ToTimeliness(Judgement judgement) => judgement switch
    {
        Judgement.Early => Timeliness.Early,
        Judgement.OnTime => Timeliness.OnTime,
        _ => Timeliness.Late,
    };
}
