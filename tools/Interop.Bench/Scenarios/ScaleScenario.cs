using Interop.Bench.Hosts;
using Interop.Bench.Report;
using Interop.Load;
using Interop.Load.Corpus;

namespace Interop.Bench.Scenarios;

/// <summary>
/// The hub at size: N dossiers stored (filled at the fastest closed loop by a hub that does not sync,
/// received at the three desks in turn so that no desk runs out of a day's national codes: the fill is
/// not measured, and a graceful stop leaves the same store), then the durable hub restarted
/// on it (time to SERVING), its memory, the disk bytes per dossier against the payload's, and ingest again.
/// </summary>
internal static class ScaleScenario
{
    public static async Task<ScenarioReport> RunAsync(BenchContext context)
    {
        var dossiers = context.Profile.ScaleDossiers;
        var report = new ScenarioReport("scale", FormattableString.Invariant($"Scale: {dossiers:N0} stored dossiers"), "fresh / payload");
        await using var hub = await context.StartHubAsync("scale", "--Hub:AllowWeakDurability=true", "--Hub:SyncCommits=false");
        var (channels, concurrency) = context.BestShape;
        var filling = System.Diagnostics.Stopwatch.GetTimestamp();
        var spread = DossierCorpus.Build(context.Corpus.Count, PayloadSize.Fixed10K, spreadOverDesks: true);
        var fill = await LoadRunner.RunAsync("closed", hub.Hub.Address, spread, context.Closed(channels, concurrency) with
        {
            WarmUp = TimeSpan.Zero,
            Duration = TimeSpan.FromHours(2),
            StopAfterOk = dossiers,
        });
        report.Keep("fill", fill);
        var fillRate = fill.Ok / System.Diagnostics.Stopwatch.GetElapsedTime(filling).TotalSeconds;
        context.Log($"filled {fill.Ok} dossiers at {fillRate:F0}/s");

        await hub.Hub.StopAsync(TimeSpan.FromSeconds(60));
        var bytes = DataDirectories.SizeOf(hub.Directory);
        var (restarted, serving) = await HubHost.StartAsync(context.HubAssembly, hub.Directory);
        hub.Restarted(restarted);
        var residentAtStart = ProcessStats.ResidentBytes(restarted.Pid);
        context.Log($"restarted on {bytes / 1048576} MB in {serving.TotalSeconds:F1} s");

        var again = await Measured.RunAsync(context, restarted, true, "closed", context.Closed(channels, concurrency));
        report.Keep("ingest at size", again.Result);
        var peak = ProcessStats.PeakResidentBytes(restarted.Pid);
        var perDossier = bytes / (double)Math.Max(1, fill.Ok);

        report.Add("stored dossiers", fill.Ok);
        report.Add("fill OK/s (no-sync hub)", fillRate);
        report.Add("disk bytes per dossier", perDossier, spread.MeanBytes, "baseline: serialised request bytes", inSummary: true);
        report.Add("restart to SERVING s", serving.TotalSeconds, inSummary: true);
        report.Add("hub RSS MB after restart", residentAtStart / 1048576.0);
        report.Add("hub peak RSS MB after ingest (VmHWM)", peak / 1048576.0, inSummary: true);
        report.Add($"ingest OK/s at size {channels}×{concurrency}", again.Result.OkPerSecond, context.HubMaximum, "baseline: fresh store", inSummary: true);
        report.Add("ingest p99 ms at size", again.Result.Latency.P99);
        return report;
    }
}
