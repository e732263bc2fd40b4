using Interop.Bench.Report;

namespace Interop.Bench.Scenarios;

/// <summary>Multi-event dossiers: receive, offer to the land office, accept there; appends to existing dossiers.</summary>
internal static class HandoverScenario
{
    public static async Task<ScenarioReport> RunAsync(BenchContext context)
    {
        var report = new ScenarioReport("handover", "Hand-over: receive, offer, accept (closed loop)", "single-event max");
        await using var hub = await context.StartHubAsync("handover");
        var (channels, concurrency) = BenchProfile.Shapes[0];
        var run = await Measured.RunAsync(context, hub.Hub, true, "handover", context.Closed(channels, concurrency));
        report.Keep("handover", run.Result);
        context.Log($"handover: {run.Result.OkPerSecond:F0} events/s");
        report.Add($"events OK/s {channels}×{concurrency}", run.Result.OkPerSecond, context.HubMaximum, "baseline: receives only", inSummary: true);
        report.Add("dossiers/s (3 events each)", run.Result.OkPerSecond / 3);
        report.Add("p50 ms per call", run.Result.Latency.P50);
        report.Add("p99 ms per call", run.Result.Latency.P99);
        report.Add("server CPU-µs/event", run.ServerCpuPerOk);
        report.Add("appends per sync", run.AppendsPerSync);
        return report;
    }
}
