using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Lifecycle;

public static partial class DossierFold
{
    private static void ApplyPayload(Dossier next, EventBody body, PersonalData? personal)
    {
        switch (body.PayloadCase)
        {
            case EventBody.PayloadOneofCase.Filed: ApplyFiled(next, body, body.Filed, personal); break;
            case EventBody.PayloadOneofCase.Received: ApplyReceived(next, body, body.Received, personal); break;
            case EventBody.PayloadOneofCase.Refused: ApplyRefused(next, body, body.Refused); break;
            case EventBody.PayloadOneofCase.Withdrawn: ApplyWithdrawn(next, body, body.Withdrawn); break;
            case EventBody.PayloadOneofCase.Amended: ApplyAmended(next, body.Amended, personal); break;
            case EventBody.PayloadOneofCase.SupplementRequested: ApplySupplementRequested(next, body, body.SupplementRequested); break;
            case EventBody.PayloadOneofCase.Supplemented: ApplySupplemented(next, body, body.Supplemented); break;
            case EventBody.PayloadOneofCase.SupplementExpired: ApplySupplementExpired(next, body, body.SupplementExpired); break;
            case EventBody.PayloadOneofCase.FeeRequested: ApplyFeeRequested(next, body, body.FeeRequested); break;
            case EventBody.PayloadOneofCase.FeePaid: ApplyFeePaid(next, body.FeePaid); break;
            case EventBody.PayloadOneofCase.Suspended: ApplySuspended(next, body, body.Suspended); break;
            case EventBody.PayloadOneofCase.Resumed: Resume(next, body.Resumed.Resumption); next.Suspension = null; break;
            case EventBody.PayloadOneofCase.HandoverOffered: ApplyHandoverOffered(next, body, body.HandoverOffered); break;
            case EventBody.PayloadOneofCase.HandoverAccepted: ApplyHandoverAccepted(next, body, body.HandoverAccepted); break;
            case EventBody.PayloadOneofCase.HandoverReturned: Settle(next, body, body.HandoverReturned.HandoverId, HandoverStatus.Returned, body.HandoverReturned.Reason); break;
            case EventBody.PayloadOneofCase.HandoverRecalled: Settle(next, body, body.HandoverRecalled.HandoverId, HandoverStatus.Recalled, body.HandoverRecalled.Reason); break;
            case EventBody.PayloadOneofCase.ConsultationRequested: ApplyConsultationRequested(next, body, body.ConsultationRequested); break;
            case EventBody.PayloadOneofCase.ConsultationAnswered: ApplyConsultationAnswered(next, body, body.ConsultationAnswered); break;
            case EventBody.PayloadOneofCase.Resolved: ApplyResolved(next, body, body.Resolved, personal); break;
            case EventBody.PayloadOneofCase.ResultRecalled: ApplyResultRecalled(next); break;
            case EventBody.PayloadOneofCase.ResultReturned: ApplyResultReturned(next, body, body.ResultReturned, personal); break;
            case EventBody.PayloadOneofCase.AppointmentRescheduled: ApplyRescheduled(next, body, body.AppointmentRescheduled); break;
            case EventBody.PayloadOneofCase.Note: ApplyNote(next, body, body.Note); break;
            default: throw new InvalidOperationException($"event {body.Id} has no payload the fold knows");
        }
    }

    private static Closure ClosureOf(EventBody body, string reason, IEnumerable<DocumentRef>? documents = null)
    {
        var closure = new Closure { Reason = reason, Agency = body.Actor?.Agency?.Clone(), Time = body.ClaimedTime };
        closure.Documents.Add(documents ?? []);
        return closure;
    }

    private static void AddPastHolder(Dossier next, AgencyRef? agency)
    {
        if (agency is not null && next.Custody.PastHolders.All(a => a.AgencyId != agency.AgencyId))
        {
            next.Custody.PastHolders.Add(agency.Clone());
        }
    }
}
