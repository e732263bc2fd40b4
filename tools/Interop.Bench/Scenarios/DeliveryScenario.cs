using Interop.Bench.Report;

namespace Interop.Bench.Scenarios;

/// <summary>
/// Submit-to-inbox delivery with five subscribers (each a distinct member and agency that every receive
/// is routed to) at 1,000/s and 2,000/s. A rate above 70 % of the hub's measured maximum would measure
/// overload instead of delivery, so it is lowered to that and the row says so.
/// </summary>
internal static class DeliveryScenario
{
    public static readonly double[] Rates = [1000, 2000];

    public static async Task<ScenarioReport> RunAsync(BenchContext context)
    {
        var report = new ScenarioReport("delivery", "Delivery: submit-to-inbox latency, five subscribers", "");
        await using var hub = await context.StartHubAsync("delivery");
        var measuredRates = new HashSet<double>();
        foreach (var asked in Rates)
        {
            var ceiling = Math.Max(1, context.HubMaximum * 0.7);
            var rate = Math.Min(asked, ceiling);
            var note = rate < asked ? FormattableString.Invariant($"{asked:F0}/s asked: lowered to 70 % of the maximum") : "";
            var label = FormattableString.Invariant($"{asked:F0}/s");
            if (!measuredRates.Add(Math.Round(rate)))
            {
                report.Add($"offered/s for {label}", rate, note: "the same rate as above: not run again");
                continue;
            }

            var run = await Measured.RunAsync(context, hub.Hub, true, "subscribe", context.Open(rate) with { Subscribers = 5 });
            report.Keep($"subscribe {label}", run.Result);
            var delivery = run.Result.Delivery!;
            context.Log($"delivery at {rate:F0}/s: p99 {delivery.Latency.P99:F1} ms, {delivery.Missing} missing");
            report.Add($"offered/s for {label}", rate, note: note);
            report.Add($"submit p99 ms at {label}", run.Result.Latency.P99);
            report.Add($"delivery p50 ms at {label}", delivery.Latency.P50);
            report.Add($"delivery p99 ms at {label}", delivery.Latency.P99, note: note, inSummary: true);
            report.Add($"delivery p99.9 ms at {label}", delivery.Latency.P999);
            report.Add($"deliveries/s at {label} (all subscribers)", delivery.Latency.Count / run.Result.Seconds);
            report.Add($"missing deliveries at {label}", delivery.Missing);
            if (delivery.Missing > 0)
            {
                report.Unexpected.Add($"subscribe {label}: {delivery.Missing} acknowledged calls not delivered to every subscriber");
            }
        }

        return report;
    }
}
