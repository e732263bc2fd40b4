using System.Diagnostics;
using Interop.Load.Measure;

namespace Interop.Load.Runs;

/// <summary>
/// Delivery: the subscribers open their streams (from the head), then an open-loop ingest runs; each
/// acknowledged, measured call should reach every subscriber, and its submit-to-delivery latency is
/// timed from its intended send time.
/// </summary>
internal static class SubscribeRun
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(15);

    public static async Task<LoadResult> RunAsync(IngestPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var settings = plan.Settings;
        if (settings.Subscribers is < 1 || settings.Subscribers > SubscriberPair.All.Length)
        {
            throw new ArgumentException($"1 to {SubscriberPair.All.Length} subscribers: only so many (member, agency) pairs receive every item", nameof(plan));
        }

        var sends = new SendTimes((long)(settings.Rate * (settings.WarmUp + settings.Duration).TotalSeconds * 1.2) + 1024);

        var channels = plan.Target.OpenChannels(settings.Subscribers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var subscribers = channels.Select((c, i) => new InboxSubscriber(c, SubscriberPair.All[i], plan.Ids, sends)).ToArray();
        var streams = subscribers.Select(s => s.RunAsync(stop.Token)).ToArray();
        try
        {
            await Task.WhenAll(subscribers.Select(s => s.Ready)).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            var window = MeasuredWindow.After(settings.WarmUp, settings.Duration);
            foreach (var subscriber in subscribers)
            {
                subscriber.Window = window;
            }

            var ingest = await OpenLoop.RunAsync(plan, (number, intended) => sends.Record(number, intended), window, cancellationToken);
            var drainEnd = Stopwatch.GetTimestamp() + MeasuredWindow.Ticks(Drain);
            while (subscribers.Any(s => s.Delivered < ingest.Ok) && Stopwatch.GetTimestamp() < drainEnd)
            {
                await Task.Delay(20, cancellationToken);
            }

            var latency = new LatencyHistogram();
            foreach (var subscriber in subscribers)
            {
                latency.Add(subscriber.Latency);
            }

            return ingest with
            {
                Mode = "subscribe",
                Delivery = new DeliveryFigures(latency.Figures(), subscribers.ToDictionary(s => s.Pair.ToString(), s => s.Delivered), ingest.Ok),
            };
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(streams.Select(s => s.ContinueWith(static _ => { }, TaskScheduler.Default)));
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }
}
