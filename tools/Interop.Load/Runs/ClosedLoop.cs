using System.Diagnostics;
using Interop.Load.Measure;

namespace Interop.Load.Runs;

/// <summary>
/// The maximum: channels × concurrency workers, each sending its next call as soon as the previous one
/// returns, through the warm-up and the measured window.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(IngestPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var recorder = await Workers.RunAsync(plan, (invoker, recorder) => WorkAsync(plan, invoker, recorder, cancellationToken));
        return LoadResult.From("closed", plan.Target, recorder, plan.Settings) with
        {
            Concurrency = plan.Settings.Concurrency,
            MeanRequestBytes = plan.Corpus.MeanBytes,
            Acknowledged = plan.Acknowledged,
        };
    }

    private static async Task WorkAsync(IngestPlan plan, Grpc.Core.CallInvoker invoker, CallRecorder recorder, CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= recorder.Window.End || (plan.Settings.StopAfterOk > 0 && recorder.Statuses.Ok >= plan.Settings.StopAfterOk))
            {
                return;
            }

            var number = plan.Ids.Next();
            var status = await recorder.MeasureAsync(now, () => plan.SendAsync(invoker, number, cancellationToken));
            plan.Answered(number, status);
            if (status.IsRefusal)
            {
                await Task.Delay(CallStatus.RefusalPause, cancellationToken);
            }
        }
    }
}
