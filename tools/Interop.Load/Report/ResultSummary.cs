using System.Globalization;
using Interop.Load.Runs;

namespace Interop.Load.Report;

/// <summary>The human-readable summary of one run.</summary>
internal static class ResultSummary
{
    public static void Write(LoadResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var shape = result.Mode is "open" or "subscribe"
            ? string.Create(CultureInfo.InvariantCulture, $"{result.OfferedPerSecond:F0}/s offered over {result.Channels} channels")
            : $"{result.Channels} channels × {result.Concurrency} calls";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Mode} {result.Target}: {shape}, requests of {result.MeanRequestBytes:F0} bytes on average"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Ok} OK of {result.Sent} sent in {result.Seconds:F1} s: {result.OkPerSecond:F0} OK/s"));
        output.WriteLine($"  latency (OK)      {result.Latency}");
        if (result.RefusalLatency.Count > 0)
        {
            output.WriteLine($"  latency (refused) {result.RefusalLatency}");
        }

        output.WriteLine("  statuses          " + string.Join(", ", result.Statuses.Select(s => $"{s.Key} {s.Value}")));
        if (result.Reasons.Count > 0)
        {
            output.WriteLine("  reasons           " + string.Join(", ", result.Reasons.Select(s => $"{s.Key} {s.Value}")) + $" ({result.RefusalsWithRetryInfo} with RetryInfo)");
        }

        if (result.Delivery is { } delivery)
        {
            output.WriteLine($"  delivery          {delivery.Latency}");
            output.WriteLine("  delivered         " + string.Join(", ", delivery.DeliveredBySubscriber.Select(s => $"{s.Key} {s.Value}")) + $" of {delivery.ExpectedPerSubscriber} each");
        }
    }
}
