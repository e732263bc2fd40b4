using Grpc.Core;
using Interop.Domain.Commands;
using Interop.Hub.Lookup;
using Interop.Hub.Queries;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Services;

/// <summary>Serves DossierService: each method parses, delegates to the write path or a query, and returns.</summary>
internal sealed class DossierServiceImpl(CommandPipeline pipeline, DossierQueries queries, LookupSecrets secrets) : DossierService.DossierServiceBase
{
    public override async Task<FileDossierResponse> FileDossier(FileDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new FileDossierCommand(request), context) };

    public override async Task<RefuseDossierResponse> RefuseDossier(RefuseDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RefuseDossierCommand(request), context) };

    public override async Task<RequestSupplementResponse> RequestSupplement(RequestSupplementRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RequestSupplementCommand(request), context) };

    public override async Task<RecordSupplementResponse> RecordSupplement(RecordSupplementRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RecordSupplementCommand(request), context) };

    public override async Task<ExpireSupplementResponse> ExpireSupplement(ExpireSupplementRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new ExpireSupplementCommand(request), context) };

    public override async Task<RequestFeeResponse> RequestFee(RequestFeeRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RequestFeeCommand(request), context) };

    public override async Task<RecordFeePaymentResponse> RecordFeePayment(RecordFeePaymentRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RecordFeePaymentCommand(request), context) };

    public override async Task<OfferHandoverResponse> OfferHandover(OfferHandoverRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new OfferHandoverCommand(request), context) };

    public override async Task<AcceptHandoverResponse> AcceptHandover(AcceptHandoverRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new AcceptHandoverCommand(request), context) };

    public override async Task<ReturnHandoverResponse> ReturnHandover(ReturnHandoverRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new ReturnHandoverCommand(request), context) };

    public override async Task<RecallHandoverResponse> RecallHandover(RecallHandoverRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RecallHandoverCommand(request), context) };

    public override async Task<RequestConsultationResponse> RequestConsultation(RequestConsultationRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RequestConsultationCommand(request), context) };

    public override async Task<AnswerConsultationResponse> AnswerConsultation(AnswerConsultationRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new AnswerConsultationCommand(request), context) };

    public override async Task<SuspendDossierResponse> SuspendDossier(SuspendDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new SuspendDossierCommand(request), context) };

    public override async Task<ResumeDossierResponse> ResumeDossier(ResumeDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new ResumeDossierCommand(request), context) };

    public override async Task<WithdrawDossierResponse> WithdrawDossier(WithdrawDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new WithdrawDossierCommand(request), context) };

    public override async Task<ResolveDossierResponse> ResolveDossier(ResolveDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new ResolveDossierCommand(request), context) };

    public override async Task<RecallResultResponse> RecallResult(RecallResultRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RecallResultCommand(request), context) };

    public override async Task<ReturnResultResponse> ReturnResult(ReturnResultRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new ReturnResultCommand(request), context) };

    public override async Task<RescheduleAppointmentResponse> RescheduleAppointment(RescheduleAppointmentRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new RescheduleAppointmentCommand(request), context) };

    public override async Task<AmendDossierResponse> AmendDossier(AmendDossierRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new AmendDossierCommand(request), context) };

    public override async Task<AddNoteResponse> AddNote(AddNoteRequest request, ServerCallContext context)
        => new() { Outcome = await pipeline.ExecuteAsync(new AddNoteCommand(request), context) };

    public override async Task<ReceiveDossierResponse> ReceiveDossier(ReceiveDossierRequest request, ServerCallContext context)
    {
        // Derived from the dossier id, so a replay answers the secret of the original receipt.
        var outcome = await pipeline.ExecuteAsync(new ReceiveDossierCommand(request), context);
        return new() { Outcome = outcome, LookupSecret = secrets.SecretFor(outcome.Dossier.Id) };
    }

    public override Task<GetDossierResponse> GetDossier(GetDossierRequest request, ServerCallContext context)
        => queries.GetAsync(request, context);

    public override Task<ListDossiersResponse> ListDossiers(ListDossiersRequest request, ServerCallContext context)
        => queries.ListAsync(request, context);
}
