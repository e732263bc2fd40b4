using System.Collections.Concurrent;
using Grpc.Core;
using Interop.Load.Corpus;
using Interop.Load.Wire;

namespace Interop.Load.Runs;

/// <summary>What the ingest modes share: the target, the pre-serialised corpus, the run's ids and the call options.</summary>
internal sealed class IngestPlan(LoadTarget target, DossierCorpus corpus, RequestIds ids, LoadSettings settings)
{
    private readonly Metadata headers = LoadTarget.Bearer(settings.Token);
    private readonly ConcurrentQueue<long> acknowledged = new();

    public LoadTarget Target { get; } = target;

    public DossierCorpus Corpus { get; } = corpus;

    public RequestIds Ids { get; } = ids;

    public LoadSettings Settings { get; } = settings;

    public IReadOnlyList<long> Acknowledged => [.. acknowledged];

    /// <summary>Sends request <paramref name="number"/>: the corpus's template with its id written in.</summary>
    public Task SendAsync(CallInvoker invoker, long number, CancellationToken cancellationToken)
        => invoker.AsyncUnaryCall(RawMethods.ReceiveDossier, null, new CallOptions(headers, cancellationToken: cancellationToken), new OutgoingRequest(Corpus.For(number), Ids, number)).ResponseAsync;

    public void Answered(long number, Measure.CallStatus status)
    {
        if (status.IsOk && Settings.KeepAcknowledged)
        {
            acknowledged.Enqueue(number);
        }
    }
}
