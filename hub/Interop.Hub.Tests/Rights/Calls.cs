using Google.Protobuf;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Rights;

/// <summary>Sends a request of any unary RPC of DossierService, AuditService or RegistryService, chosen by its message type, with a member's credential.</summary>
internal static class Calls
{
    public static async Task<IMessage> SendAsync(HubClient client, IMessage request)
    {
        var d = client.Dossiers;
        var a = client.Audit;
        var g = client.Registry;
        return request switch
        {
            FileDossierRequest r => await d.FileDossierAsync(r),
            ReceiveDossierRequest r => await d.ReceiveDossierAsync(r),
            RefuseDossierRequest r => await d.RefuseDossierAsync(r),
            RequestSupplementRequest r => await d.RequestSupplementAsync(r),
            RecordSupplementRequest r => await d.RecordSupplementAsync(r),
            ExpireSupplementRequest r => await d.ExpireSupplementAsync(r),
            RequestFeeRequest r => await d.RequestFeeAsync(r),
            RecordFeePaymentRequest r => await d.RecordFeePaymentAsync(r),
            OfferHandoverRequest r => await d.OfferHandoverAsync(r),
            AcceptHandoverRequest r => await d.AcceptHandoverAsync(r),
            ReturnHandoverRequest r => await d.ReturnHandoverAsync(r),
            RecallHandoverRequest r => await d.RecallHandoverAsync(r),
            RequestConsultationRequest r => await d.RequestConsultationAsync(r),
            AnswerConsultationRequest r => await d.AnswerConsultationAsync(r),
            SuspendDossierRequest r => await d.SuspendDossierAsync(r),
            ResumeDossierRequest r => await d.ResumeDossierAsync(r),
            WithdrawDossierRequest r => await d.WithdrawDossierAsync(r),
            ResolveDossierRequest r => await d.ResolveDossierAsync(r),
            RecallResultRequest r => await d.RecallResultAsync(r),
            ReturnResultRequest r => await d.ReturnResultAsync(r),
            RescheduleAppointmentRequest r => await d.RescheduleAppointmentAsync(r),
            AmendDossierRequest r => await d.AmendDossierAsync(r),
            AddNoteRequest r => await d.AddNoteAsync(r),
            GetDossierRequest r => await d.GetDossierAsync(r),
            ListDossiersRequest r => await d.ListDossiersAsync(r),
            ListDossierEventsRequest r => await a.ListDossierEventsAsync(r),
            GetControlSheetRequest r => await a.GetControlSheetAsync(r),
            ListRefusalsRequest r => await a.ListRefusalsAsync(r),
            GetStatisticsRequest r => await a.GetStatisticsAsync(r),
            GetRegistryInfoRequest r => await g.GetRegistryInfoAsync(r),
            GetAgencyRequest r => await g.GetAgencyAsync(r),
            ListAgenciesRequest r => await g.ListAgenciesAsync(r),
            GetProcedureRequest r => await g.GetProcedureAsync(r),
            ListProceduresRequest r => await g.ListProceduresAsync(r),
            GetMemberRequest r => await g.GetMemberAsync(r),
            GetAdministrativeUnitRequest r => await g.GetAdministrativeUnitAsync(r),
            _ => throw new ArgumentException($"no RPC takes {request.Descriptor.FullName}", nameof(request)),
        };
    }

    /// <summary>The mutation outcome a write answered with.</summary>
    public static MutationOutcome Outcome(IMessage response)
        => (MutationOutcome)response.Descriptor.FindFieldByName("outcome").Accessor.GetValue(response);
}
