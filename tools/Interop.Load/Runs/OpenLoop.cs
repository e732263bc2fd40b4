using System.Diagnostics;
using Interop.Load.Measure;

namespace Interop.Load.Runs;

/// <summary>
/// A fixed rate, calls spread over the channels at fixed intervals. Every call is timed from its
/// intended send time, not from when the client got to it: a client that falls behind (or a server
/// that holds it back) shows in the latencies instead of hiding them (no coordinated omission).
/// </summary>
internal static class OpenLoop
{
    /// <summary>How long the run waits for the calls still in flight at its end.</summary>
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(30);

    /// <summary>Runs the loop; <paramref name="sending"/> hears each call's number and intended send time before it is sent; the window starts after the warm-up unless given.</summary>
    public static async Task<LoadResult> RunAsync(IngestPlan plan, Action<long, long>? sending = null, MeasuredWindow? window = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var settings = plan.Settings;
        var channels = plan.Target.OpenChannels(settings.Channels);
        var invokers = channels.Select(c => c.CreateCallInvoker()).ToArray();
        var outstanding = 0L;
        try
        {
            var recorder = new CallRecorder(window ?? MeasuredWindow.After(settings.WarmUp, settings.Duration));
            var start = recorder.Window.Start - MeasuredWindow.Ticks(settings.WarmUp);
            var interval = Stopwatch.Frequency / settings.Rate;
            for (long i = 0; !cancellationToken.IsCancellationRequested; i++)
            {
                var intended = start + (long)(i * interval);
                if (intended >= recorder.Window.End)
                {
                    break;
                }

                var ahead = intended - Stopwatch.GetTimestamp();
                if (ahead > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Max(0.001, ahead / (double)Stopwatch.Frequency)), cancellationToken);
                }

                // A full client waits for a slot; the call is still timed from its intended send.
                while (Interlocked.Read(ref outstanding) >= settings.MaxOutstanding)
                {
                    await Task.Delay(1, cancellationToken);
                }

                var number = plan.Ids.Next();
                sending?.Invoke(number, intended);
                Interlocked.Increment(ref outstanding);
                _ = SendAsync(plan, invokers[i % invokers.Length], recorder, number, intended, () => Interlocked.Decrement(ref outstanding), cancellationToken);
            }

            var drainEnd = Stopwatch.GetTimestamp() + MeasuredWindow.Ticks(Drain);
            while (Interlocked.Read(ref outstanding) > 0 && Stopwatch.GetTimestamp() < drainEnd)
            {
                await Task.Delay(10, CancellationToken.None);
            }

            return LoadResult.From("open", plan.Target, recorder, settings) with
            {
                OfferedPerSecond = settings.Rate,
                MeanRequestBytes = plan.Corpus.MeanBytes,
                Acknowledged = plan.Acknowledged,
            };
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }

    private static async Task SendAsync(IngestPlan plan, Grpc.Core.CallInvoker invoker, CallRecorder recorder, long number, long intended, Action done, CancellationToken cancellationToken)
    {
        try
        {
            var status = await recorder.MeasureAsync(intended, () => plan.SendAsync(invoker, number, cancellationToken));
            plan.Answered(number, status);
        }
        finally
        {
            done();
        }
    }
}
