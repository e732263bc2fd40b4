using Google.Protobuf;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Rights;

/// <summary>Sends a request of any unary RPC of DossierService, AuditService or RegistryService, chosen by its message type, with a member's credential.</summary>
internal static class Calls
{
    public static async Task<IMessage> SendAsync(Members.Client client, IMessage request)
    {
        var d = client.Dossiers;
        var a = client.Audit;
        var g = client.Registry;
        var o = client.Options;
        return request switch
        {
            FileDossierRequest r => await d.FileDossierAsync(r, o),
            ReceiveDossierRequest r => await d.ReceiveDossierAsync(r, o),
            RefuseDossierRequest r => await d.RefuseDossierAsync(r, o),
            RequestSupplementRequest r => await d.RequestSupplementAsync(r, o),
            RecordSupplementRequest r => await d.RecordSupplementAsync(r, o),
            ExpireSupplementRequest r => await d.ExpireSupplementAsync(r, o),
            RequestFeeRequest r => await d.RequestFeeAsync(r, o),
            RecordFeePaymentRequest r => await d.RecordFeePaymentAsync(r, o),
            OfferHandoverRequest r => await d.OfferHandoverAsync(r, o),
            AcceptHandoverRequest r => await d.AcceptHandoverAsync(r, o),
            ReturnHandoverRequest r => await d.ReturnHandoverAsync(r, o),
            RecallHandoverRequest r => await d.RecallHandoverAsync(r, o),
            RequestConsultationRequest r => await d.RequestConsultationAsync(r, o),
            AnswerConsultationRequest r => await d.AnswerConsultationAsync(r, o),
            SuspendDossierRequest r => await d.SuspendDossierAsync(r, o),
            ResumeDossierRequest r => await d.ResumeDossierAsync(r, o),
            WithdrawDossierRequest r => await d.WithdrawDossierAsync(r, o),
            ResolveDossierRequest r => await d.ResolveDossierAsync(r, o),
            RecallResultRequest r => await d.RecallResultAsync(r, o),
            ReturnResultRequest r => await d.ReturnResultAsync(r, o),
            RescheduleAppointmentRequest r => await d.RescheduleAppointmentAsync(r, o),
            AmendDossierRequest r => await d.AmendDossierAsync(r, o),
            AddNoteRequest r => await d.AddNoteAsync(r, o),
            GetDossierRequest r => await d.GetDossierAsync(r, o),
            ListDossiersRequest r => await d.ListDossiersAsync(r, o),
            ListDossierEventsRequest r => await a.ListDossierEventsAsync(r, o),
            GetControlSheetRequest r => await a.GetControlSheetAsync(r, o),
            ListRefusalsRequest r => await a.ListRefusalsAsync(r, o),
            GetStatisticsRequest r => await a.GetStatisticsAsync(r, o),
            GetRegistryInfoRequest r => await g.GetRegistryInfoAsync(r, o),
            GetAgencyRequest r => await g.GetAgencyAsync(r, o),
            ListAgenciesRequest r => await g.ListAgenciesAsync(r, o),
            GetProcedureRequest r => await g.GetProcedureAsync(r, o),
            ListProceduresRequest r => await g.ListProceduresAsync(r, o),
            GetMemberRequest r => await g.GetMemberAsync(r, o),
            GetAdministrativeUnitRequest r => await g.GetAdministrativeUnitAsync(r, o),
            _ => throw new ArgumentException($"no RPC takes {request.Descriptor.FullName}", nameof(request)),
        };
    }

    /// <summary>The mutation outcome a write answered with.</summary>
    public static MutationOutcome Outcome(IMessage response)
        => (MutationOutcome)response.Descriptor.FindFieldByName("outcome").Accessor.GetValue(response);
}
