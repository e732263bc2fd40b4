using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests;

/// <summary>
/// The land dossier the end-to-end and inbox tests walk, with fixed request ids:
/// received at the commune desk (r-1), supplement requested (r-2) and supplied (r-3), offered to the
/// land office (r-4), accepted (l-1), tax consultation requested (l-2) and answered (t-1), resolved
/// (l-3), handed back (l-4, accepted r-5), result returned (r-6). Eleven events.
/// </summary>
internal static class LandDossierWalk
{
    /// <summary>Walks the dossier; answers the outcomes the tests look at.</summary>
    public static async Task<Outcomes> RunAsync(Members members)
    {
        var igate = members.Igate;
        var land = members.Vbdlis;
        var tax = members.TaxSystem;
        var received = (await igate.Dossiers.ReceiveDossierAsync(Receive("r-1", "H21.129-251103-0001", Local(11, 3, 8)))).Outcome;
        var id = received.Dossier.Id;
        await igate.Dossiers.RequestSupplementAsync(new RequestSupplementRequest { Context = Context("r-2", Members.Desk, Local(11, 4, 10)), DossierId = id, Reason = "Thiếu hợp đồng chuyển nhượng bản chính" });
        var supplied = (await igate.Dossiers.RecordSupplementAsync(new RecordSupplementRequest { Context = Context("r-3", Members.Desk, Local(11, 6, 10)), DossierId = id })).Outcome;
        await igate.Dossiers.OfferHandoverAsync(new OfferHandoverRequest { Context = Context("r-4", Members.Desk, Local(11, 6, 11)), DossierId = id, ToAgencyId = Members.Land, Note = "Chuyển hồ sơ" });
        await land.Dossiers.AcceptHandoverAsync(new AcceptHandoverRequest { Context = Context("l-1", Members.Land, Local(11, 6, 14), "cv-12"), DossierId = id });
        var consulted = (await land.Dossiers.RequestConsultationAsync(new RequestConsultationRequest
        {
            Context = Context("l-2", Members.Land, Local(11, 7, 9), "cv-12"),
            DossierId = id,
            ConsultedAgencyId = Members.Tax,
            Question = "Xác định nghĩa vụ tài chính",
            Limit = new ProcessingLimit { Amount = 3, Unit = LimitUnit.WorkingDays },
        })).Outcome;
        await tax.Dossiers.AnswerConsultationAsync(new AnswerConsultationRequest
        {
            Context = Context("t-1", Members.Tax, Local(11, 13, 10), "ct-3"),
            DossierId = id,
            ConsultationId = consulted.Dossier.Custody.Consultations[0].Id,
            Answer = "Thông báo nộp thuế số 123/TB-CCT",
        });
        await land.Dossiers.ResolveDossierAsync(new ResolveDossierRequest { Context = Context("l-3", Members.Land, Local(11, 14, 9), "gd-01"), DossierId = id, Outcome = Outcome.Granted });
        await land.Dossiers.OfferHandoverAsync(new OfferHandoverRequest
        {
            Context = Context("l-4", Members.Land, Local(11, 14, 9, 30), "cv-12"),
            DossierId = id,
            ToAgencyId = Members.Desk,
            IsHandBack = true,
            StepLimit = new ProcessingLimit { Amount = 4, Unit = LimitUnit.WorkingHours },
        });
        await igate.Dossiers.AcceptHandoverAsync(new AcceptHandoverRequest { Context = Context("r-5", Members.Desk, Local(11, 14, 10)), DossierId = id });
        var returned = (await igate.Dossiers.ReturnResultAsync(new ReturnResultRequest { Context = Context("r-6", Members.Desk, Local(11, 14, 14)), DossierId = id, Method = DeliveryMethod.AtDesk })).Outcome;
        return new Outcomes(id, received, supplied, returned);
    }

    /// <summary>The walk's dossier and the outcomes of its reception, its supplement and its return.</summary>
    public sealed record Outcomes(string DossierId, MutationOutcome Received, MutationOutcome Supplied, MutationOutcome Returned);
}
