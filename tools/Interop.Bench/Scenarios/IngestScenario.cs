using Interop.Bench.Baselines;
using Interop.Bench.Hosts;
using Interop.Bench.Report;

namespace Interop.Bench.Scenarios;

/// <summary>
/// Durable ingest at its maximum (closed loops) against the echo server under the same load (B1), the
/// hub without syncs (B2) at the best shape, and the disk's own sync rate (B0).
/// </summary>
internal static class IngestScenario
{
    public static async Task<ScenarioReport> RunAsync(BenchContext context)
    {
        var report = new ScenarioReport("ingest", "Durable ingest, closed loop, 10 KB ReceiveDossier: hub vs echo (B1)", "echo");
        await using (var echo = await EchoHost.StartAsync(context.EchoAssembly))
        await using (var hub = await context.StartHubAsync("ingest"))
        {
            foreach (var (channels, concurrency) in BenchProfile.Shapes)
            {
                var shape = $"{channels}×{concurrency}";
                var settings = context.Closed(channels, concurrency);
                var onEcho = await Measured.RunAsync(context, echo, false, "closed", settings);
                report.Keep($"echo {shape}", onEcho.Result, overloadAllowed: false);
                context.Log($"echo {shape}: {onEcho.Result.OkPerSecond:F0} OK/s");
                var onHub = await Measured.RunAsync(context, hub.Hub, true, "closed", settings);
                report.Keep($"hub {shape}", onHub.Result);
                context.Log($"hub {shape}: {onHub.Result.OkPerSecond:F0} OK/s");
                report.Add($"OK/s {shape}", onHub.Result.OkPerSecond, onEcho.Result.OkPerSecond, inSummary: true);
                report.Add($"p99 ms {shape}", onHub.Result.Latency.P99, onEcho.Result.Latency.P99);
                report.Add($"server CPU-µs/request {shape}", onHub.ServerCpuPerOk, onEcho.ServerCpuPerOk, inSummary: true);
                report.Add($"client CPU-µs/request {shape}", onHub.ClientCpuPerOk, onEcho.ClientCpuPerOk);
                report.Add($"appends per sync {shape}", onHub.AppendsPerSync);
                if (onHub.Result.OkPerSecond > context.HubMaximum)
                {
                    context.HubMaximum = onHub.Result.OkPerSecond;
                    context.BestShape = (channels, concurrency);
                }
            }
        }

        await NoSyncAsync(context, report);
        SyncRate(context, report);
        return report;
    }

    /// <summary>B2: the same hub over a store that does not sync, at the durable hub's best shape.</summary>
    private static async Task NoSyncAsync(BenchContext context, ScenarioReport report)
    {
        await using var hub = await context.StartHubAsync("nosync", "--Hub:AllowWeakDurability=true", "--Hub:SyncCommits=false");
        var (channels, concurrency) = context.BestShape;
        var noSync = await Measured.RunAsync(context, hub.Hub, true, "closed", context.Closed(channels, concurrency));
        report.Keep("no-sync hub", noSync.Result);
        context.Log($"no-sync hub {channels}×{concurrency}: {noSync.Result.OkPerSecond:F0} OK/s");
        report.Add($"durable vs no-sync hub (B2) OK/s {channels}×{concurrency}", context.HubMaximum, noSync.Result.OkPerSecond, "baseline column: B2", inSummary: true);
        report.Add("no-sync hub server CPU-µs/request", noSync.ServerCpuPerOk);
    }

    /// <summary>B0: syncs per second of the data directory's disk.</summary>
    private static void SyncRate(BenchContext context, ScenarioReport report)
    {
        var directory = context.Data.Create("sync");
        try
        {
            foreach (var size in DiskSync.BlockSizes)
            {
                var (syncs, megabytes) = DiskSync.Measure(directory, size, context.Profile.SyncProbe);
                report.Add($"disk (B0) syncs/s, {size / 1024} KB blocks", null, syncs, FormattableString.Invariant($"{megabytes:F1} MB/s"), inSummary: size == 64 * 1024);
            }
        }
        finally
        {
            DataDirectories.Remove(directory);
        }
    }
}
