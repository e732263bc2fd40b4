using System.Diagnostics;
using Grpc.Core;
using Interop.Bench.Hosts;
using Interop.Bench.Report;
using Interop.Load;
using Interop.Load.Runs;
using Interop.Load.Wire;

namespace Interop.Bench.Scenarios;

/// <summary>
/// Overload: three times the measured maximum offered, open loop. Memory must stay bounded (peak RSS),
/// the excess must be refused fast with RetryInfo, admitted calls keep their latency (against the p99 at
/// a fifth of the maximum), and nothing acknowledged may be lost: after a graceful restart a sample of
/// the acknowledged requests is sent again, each must answer OK as a replay, and the store must append
/// nothing for them.
/// </summary>
internal static class OverloadScenario
{

    public static async Task<ScenarioReport> RunAsync(BenchContext context)
    {
        var report = new ScenarioReport("overload", "Overload: 3× the measured maximum offered", "unloaded");
        await using var hub = await context.StartHubAsync("overload");
        var unloaded = await Measured.RunAsync(context, hub.Hub, true, "open", context.Open(Math.Max(1, context.HubMaximum * 0.2)) with { Duration = context.Profile.Window });
        report.Keep("unloaded", unloaded.Result);

        var rate = Math.Max(10, context.HubMaximum * 3);
        var settings = context.Open(rate, channels: 8) with { Duration = context.Profile.Overload, KeepAcknowledged = true, MaxOutstanding = 100_000 };
        var plan = new IngestPlan(new LoadTarget(hub.Hub.Address), context.Corpus, RequestIds.NewRun(), settings);
        using var sampling = new CancellationTokenSource();
        var rss = SampleResidentAsync(hub.Hub.Pid, sampling.Token);
        var overload = report.Keep("overload", await OpenLoop.RunAsync(plan));
        await sampling.CancelAsync();
        var maxSampled = await rss;
        var peak = ProcessStats.PeakResidentBytes(hub.Hub.Pid);
        var refused = overload.Statuses.Where(s => s.Key is "RESOURCE_EXHAUSTED" or "UNAVAILABLE").Sum(s => s.Value);
        context.Log($"overload at {rate:F0}/s: {overload.Ok} admitted, {refused} refused, peak RSS {peak / 1048576} MB");

        report.Add("offered/s", rate);
        report.Add("admitted OK/s", overload.OkPerSecond, context.HubMaximum, "baseline: the maximum");
        report.Add("refused (RESOURCE_EXHAUSTED, UNAVAILABLE)", refused, note: $"{overload.RefusalsWithRetryInfo} with RetryInfo", inSummary: true);
        report.Add("refusal p99 ms", overload.RefusalLatency.P99, inSummary: true);
        report.Add("admitted p99 ms", overload.Latency.P99, unloaded.Result.Latency.P99, "baseline: p99 at 20 % of the maximum", inSummary: true);
        report.Add("hub peak RSS MB (VmHWM)", peak / 1048576.0, note: FormattableString.Invariant($"largest sampled VmRSS {maxSampled / 1048576.0:F0} MB"), inSummary: true);
        await VerifyAcknowledgedAsync(context, hub, plan, report);
        return report;
    }

    private static async Task VerifyAcknowledgedAsync(BenchContext context, HubOnDisk hub, IngestPlan plan, ScenarioReport report)
    {
        var acknowledged = plan.Acknowledged;
        await hub.Hub.StopAsync(TimeSpan.FromSeconds(30));
        var (restarted, _) = await HubHost.StartAsync(context.HubAssembly, hub.Directory);
        hub.Restarted(restarted);

        // The restarted hub listens elsewhere: the same run's requests, sent to its new address.
        var replay = new IngestPlan(new LoadTarget(restarted.Address), plan.Corpus, plan.Ids, plan.Settings);
        var stride = Math.Max(1, acknowledged.Count / (context.Profile.Quick ? 500 : 2000));
        var sample = acknowledged.Where((_, i) => i % stride == 0).ToArray();
        var before = await StoreCounters.ReadAsync(restarted.Address);
        var failed = 0;
        using (var channel = replay.Target.OpenChannel())
        {
            var invoker = channel.CreateCallInvoker();
            await Parallel.ForEachAsync(sample, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (number, token) =>
            {
                try
                {
                    await replay.SendAsync(invoker, number, token);
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref failed);
                }
            });
        }

        var appended = (await StoreCounters.ReadAsync(restarted.Address) - before).Appends;
        context.Log($"replayed {sample.Length} of {acknowledged.Count} acknowledged after a restart: {failed} failed, {appended} appended");
        report.Add("acknowledged (whole run)", acknowledged.Count);
        report.Add("replayed after restart, answered OK", sample.Length - failed, sample.Length, "baseline: replayed");
        report.Add("appended by the replays (lost, must be 0)", appended, inSummary: true);
        if (failed > 0 || appended > 0)
        {
            report.Unexpected.Add($"of {sample.Length} acknowledged requests replayed after a restart, {failed} failed and {appended} were appended anew (lost)");
        }
    }

    private static async Task<long> SampleResidentAsync(int pid, CancellationToken cancellationToken)
    {
        long max = 0;
        var every = TimeSpan.FromMilliseconds(250);
        var started = Stopwatch.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested && Stopwatch.GetElapsedTime(started) < TimeSpan.FromHours(1))
        {
            max = Math.Max(max, ProcessStats.ResidentBytes(pid));
            try
            {
                await Task.Delay(every, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return max;
    }
}
