using Interop.Bench.Report;

namespace Interop.Bench.Scenarios;

/// <summary>Latency at a fixed rate, 50 % and 70 % of the hub's measured maximum, timed from each call's intended send.</summary>
internal static class OpenLoopScenario
{
    public static readonly double[] Fractions = [0.5, 0.7];

    public static async Task<ScenarioReport> RunAsync(BenchContext context)
    {
        var report = new ScenarioReport("open", "Open loop: latency at a fixed share of the measured maximum", "");
        await using var hub = await context.StartHubAsync("open");
        foreach (var fraction in Fractions)
        {
            var rate = Math.Max(1, context.HubMaximum * fraction);
            var percent = $"{fraction * 100:F0} %";
            var run = await Measured.RunAsync(context, hub.Hub, true, "open", context.Open(rate));
            report.Keep($"open {percent}", run.Result);
            context.Log($"open at {rate:F0}/s: p99 {run.Result.Latency.P99:F1} ms");
            report.Add($"offered/s at {percent}", rate);
            report.Add($"OK/s at {percent}", run.Result.OkPerSecond);
            report.Add($"p50 ms at {percent}", run.Result.Latency.P50);
            report.Add($"p99 ms at {percent}", run.Result.Latency.P99, inSummary: true);
            report.Add($"p99.9 ms at {percent}", run.Result.Latency.P999);
            report.Add($"server CPU-µs/request at {percent}", run.ServerCpuPerOk);
        }

        return report;
    }
}
