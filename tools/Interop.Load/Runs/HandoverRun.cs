using System.Diagnostics;
using Grpc.Core;
using Interop.Load.Corpus;
using Interop.Load.Measure;
using Interop.Load.Wire;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Load.Runs;

/// <summary>
/// Multi-event dossiers, closed loop: each worker receives a dossier at the desk, offers it to the
/// land office and has the land office accept it with its own token, so two of every three appends
/// hit an existing dossier. Every call counts; throughput is events (OK answers) per second.
/// </summary>
internal static class HandoverRun
{
    public static async Task<LoadResult> RunAsync(IngestPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var recorder = await Workers.RunAsync(plan, (invoker, recorder) => WorkAsync(plan, invoker, recorder, cancellationToken));
        return LoadResult.From("handover", plan.Target, recorder, plan.Settings) with { Concurrency = plan.Settings.Concurrency, MeanRequestBytes = plan.Corpus.MeanBytes };
    }

    private static async Task WorkAsync(IngestPlan plan, CallInvoker invoker, CallRecorder recorder, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var desk = new CallOptions(LoadTarget.Bearer(LoadTarget.DeskToken), cancellationToken: cancellationToken);
        var landOffice = new CallOptions(LoadTarget.Bearer(LoadTarget.LandOfficeToken), cancellationToken: cancellationToken);
        var dossiers = new DossierService.DossierServiceClient(invoker);
        while (!cancellationToken.IsCancellationRequested && Stopwatch.GetTimestamp() < recorder.Window.End)
        {
            var number = plan.Ids.Next();
            var id = plan.Ids.Format(number);
            string? dossierId = null;
            var received = await UntilAdmittedAsync(recorder, async () =>
                dossierId = (await invoker.AsyncUnaryCall(RawMethods.ReceiveDossierParsed, null, desk, new OutgoingRequest(plan.Corpus.For(number), plan.Ids, number))).Outcome.Dossier.Id, cancellationToken);
            if (!received.IsOk)
            {
                continue;
            }

            var offered = await UntilAdmittedAsync(recorder, async () => await dossiers.OfferHandoverAsync(
                new OfferHandoverRequest
                {
                    Context = Context(id + "-o", DossierCorpus.Desk, "cb-01"),
                    DossierId = dossierId,
                    ToAgencyId = DossierCorpus.LandOffice,
                    Note = "Chuyển hồ sơ đến Văn phòng đăng ký đất đai để thẩm định",
                },
                desk), cancellationToken);
            if (offered.IsOk)
            {
                await UntilAdmittedAsync(recorder, async () => await dossiers.AcceptHandoverAsync(
                    new AcceptHandoverRequest { Context = Context(id + "-a", DossierCorpus.LandOffice, "cv-12"), DossierId = dossierId },
                    landOffice), cancellationToken);
            }
        }
    }

    /// <summary>A step sent again after each overload refusal, with the same request id, once the pause is over (as a member retries).</summary>
    private static async Task<CallStatus> UntilAdmittedAsync(CallRecorder recorder, Func<Task> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await recorder.MeasureAsync(Stopwatch.GetTimestamp(), call);
            if (!status.IsRefusal || cancellationToken.IsCancellationRequested || Stopwatch.GetTimestamp() >= recorder.Window.End)
            {
                return status;
            }

            await Task.Delay(CallStatus.RefusalPause, cancellationToken);
        }
    }

    private static CommandContext Context(string requestId, string agency, string officer) => new()
    {
        RequestId = requestId,
        ActingAgencyId = agency,
        Officer = new Officer { Id = officer, Name = "Cán bộ " + officer },
        Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "interop-load" },
    };
}
