using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

public static partial class DossierFold
{
    private static readonly FieldMask.MergeOptions ReplaceOptions = new() { ReplaceMessageFields = true, ReplaceRepeatedFields = true, ReplacePrimitiveFields = true };

    private static void ApplyFiled(Dossier next, EventBody body, Filed filed, PersonalData? personal)
    {
        next.Details = filed.Details?.Clone() ?? new DossierDetails();
        next.VendorCode = filed.VendorCode?.Clone();
        next.PersonalData = personal?.Clone();
        next.Custody.ReceivingAgency = filed.ReceivingAgency?.Clone();
        next.Custody.HolderAgency = filed.ReceivingAgency?.Clone();
        next.Custody.ReturnAgency = (filed.Details?.ReturnAgency ?? filed.ReceivingAgency)?.Clone();
        next.Custody.CompetentAgency = filed.Details?.CompetentAgency?.Clone();
        next.Clock.State = ClockState.NotStarted;
        next.Times.SubmittedTime = filed.Details?.SubmittedTime ?? body.ClaimedTime;
        next.Times.ReceptionDeadline = filed.ReceptionDeadline;
    }

    private static void ApplyReceived(Dossier next, EventBody body, Received received, PersonalData? personal)
    {
        DetailsOverlay.Apply(next.Details, received.Details);
        if (personal is not null)
        {
            next.PersonalData ??= new PersonalData();
            next.PersonalData.MergeFrom(personal);
        }

        next.VendorCode ??= received.VendorCode?.Clone();
        next.NationalCode = received.NationalCode;
        var custody = next.Custody;
        custody.ReceivingAgency = received.ReceivingAgency?.Clone();
        custody.CompetentAgency = received.CompetentAgency?.Clone();
        custody.ReturnAgency = received.ReturnAgency?.Clone();
        custody.HolderAgency = received.ReceivingAgency?.Clone();
        AddPastHolder(next, received.ReceivingAgency);
        custody.Route.Clear();
        custody.Route.Add(received.Route);
        next.Clock = new Clock
        {
            State = ClockState.Running,
            Limit = received.Limit?.Clone(),
            CountingStartTime = received.CountingStartTime,
            OriginalAppointment = received.Appointment,
            Appointment = received.Appointment,
            CalendarVersion = received.CalendarVersion,
        };
        next.Times.ReceivedTime = body.ClaimedTime;
        next.Times.SubmittedTime ??= received.Details?.SubmittedTime ?? body.ClaimedTime;
    }

    private static void ApplyRefused(Dossier next, EventBody body, Refused refused)
    {
        next.Refusal = ClosureOf(body, refused.Reason, refused.Documents);
        next.Clock.State = ClockState.Stopped;
        next.Times.RefusedTime = body.ClaimedTime;
    }

    private static void ApplyWithdrawn(Dossier next, EventBody body, Withdrawn withdrawn)
    {
        next.Withdrawal = ClosureOf(body, withdrawn.Reason);
        next.Clock.State = ClockState.Stopped;
        next.Clock.PausedSince = null;
        next.Times.WithdrawnTime = body.ClaimedTime;
    }

    private static void ApplyAmended(Dossier next, Amended amended, PersonalData? personal)
    {
        // The mask's paths are relative to DossierInput; merging with replacement makes each masked
        // field take exactly the new value, repeated fields included.
        var current = new DossierInput { Details = next.Details, PersonalData = next.PersonalData ?? new PersonalData() };
        var update = new DossierInput { Details = amended.Details ?? new DossierDetails(), PersonalData = personal ?? new PersonalData() };
        amended.UpdateMask.Merge(update, current, ReplaceOptions);
        next.Details = current.Details;
        next.PersonalData = current.PersonalData;
    }
}
