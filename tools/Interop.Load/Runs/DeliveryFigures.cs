using Interop.Load.Measure;

namespace Interop.Load.Runs;

/// <summary>Submit-to-delivery latency over every subscriber, and what each received of the measured, acknowledged calls.</summary>
internal sealed record DeliveryFigures(LatencyFigures Latency, IReadOnlyDictionary<string, long> DeliveredBySubscriber, long ExpectedPerSubscriber)
{
    /// <summary>Measured, acknowledged calls some subscriber did not receive within the drain time.</summary>
    public long Missing => DeliveredBySubscriber.Values.Sum(d => Math.Max(0, ExpectedPerSubscriber - d));
}
