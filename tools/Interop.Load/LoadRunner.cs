using Interop.Load.Corpus;
using Interop.Load.Runs;
using Interop.Load.Wire;

namespace Interop.Load;

/// <summary>Runs one mode against a target: what the console does, and what the benchmark calls in process.</summary>
internal static class LoadRunner
{
    public static Task<LoadResult> RunAsync(string mode, Uri target, DossierCorpus corpus, LoadSettings settings, CancellationToken cancellationToken = default)
    {
        var plan = new IngestPlan(new LoadTarget(target), corpus, RequestIds.NewRun(), settings);
        return mode switch
        {
            "closed" => ClosedLoop.RunAsync(plan, cancellationToken),
            "open" => OpenLoop.RunAsync(plan, cancellationToken: cancellationToken),
            "subscribe" => SubscribeRun.RunAsync(plan, cancellationToken),
            "handover" => HandoverRun.RunAsync(plan, cancellationToken),
            _ => throw new ArgumentException($"no mode {mode}", nameof(mode)),
        };
    }
}
