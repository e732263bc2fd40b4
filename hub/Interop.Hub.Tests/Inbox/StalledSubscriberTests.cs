using System.Diagnostics;
using Grpc.Net.Client;
using Xunit.Abstractions;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// DESIGN.md §4 Inboxes and §8 on a child hub under load: a subscriber that stops reading while
/// 100,000 items are routed to its inbox costs the hub no memory that grows with them, costs another
/// subscriber of the same desk no latency, and on reconnecting from its acknowledgement gets every
/// item it had not acknowledged, once and in order. Phases: warm-up (both read), before the stall
/// (the same load, the stalling member disconnected), the stall (it is connected and reads nothing).
/// </summary>
[Collection(InboxLoadCollection.Name)]
// Slow stage: a 100,000-item soak with memory and latency bounds, about 3 min.
[Trait(TestStage.Name, TestStage.Slow)]
public sealed class StalledSubscriberTests(ITestOutputHelper output)
{
    private const int Warm = 5_000;
    private const int Baseline = 10_000;
    private const int Stalled = 100_000;
    private const int Total = Warm + Baseline + Stalled;
    private const int Unacknowledged = 100;
    private const int InFlight = 64;
    private const long AllowedGrowth = 50L * 1024 * 1024;

    // Every call and stream of the soak may last as long as the soak.
    private static readonly TimeSpan Soak = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task Stalled_subscriber_costs_no_memory_nor_other_subscribers_latency_and_resumes_with_each_item_once()
    {
        var started = Stopwatch.StartNew();
        await using var hub = await HubChild.StartAsync(null, "--Hub:InboxHeartbeatInterval=00:00:02");
        var loadChannels = Enumerable.Range(0, 4).Select(_ => GrpcChannel.ForAddress(hub.Address)).ToList();
        var load = new DeskLoad(loadChannels);
        // Each subscriber on a connection of its own, as separate member systems are.
        using var stalledChannel = GrpcChannel.ForAddress(hub.Address);
        using var readerChannel = GrpcChannel.ForAddress(hub.Address);
        var igate = Members.IgateOn(stalledChannel, Soak);
        // The other subscriber: the portal's subscription to the same desk, read all along.
        using var readerStream = new Members(readerChannel, Soak).Portal.Stream(Members.Desk);
        await readerStream.FirstHeartbeatAsync();
        var latencies = new double[Total + 1];
        var readerProgress = new ReadProgress();
        var reading = ReadAllAsync(readerStream, load, latencies, readerProgress);

        // Warm-up (not measured): igate reads the desk's items too and acknowledges all but the last 100.
        using (var first = igate.Stream(Members.Desk))
        {
            await first.FirstHeartbeatAsync();
            var igateReading = Task.Run(async () =>
            {
                for (var n = 1; n <= Warm; n++)
                {
                    Assert.Equal(n, (await first.NextItemAsync(TimeSpan.FromSeconds(60))).Sequence);
                }
            });
            await load.AppendAsync("warm", Warm, InFlight);
            await igateReading;
            Assert.Equal(Warm - Unacknowledged, await igate.AcknowledgeAsync(Members.Desk, Warm - Unacknowledged));
        }

        // Before the stall: the same load with igate disconnected, so that the only difference
        // between this phase and the next is igate's open, unread stream.
        await load.AppendAsync("before", Baseline, InFlight);
        await readerProgress.ReachedAsync(Warm + Baseline, reading);
        var rssBefore = await SettledResidentBytesAsync(hub);
        output.WriteLine($"warm-up and baseline: {Warm + Baseline} items in {started.Elapsed.TotalSeconds:0.0} s since start; hub VmRSS {Mb(rssBefore)} after a forced GC");

        // The stall: igate reconnects, takes the first heartbeat and reads nothing more while
        // 100,000 items are routed to the desk (on top of the 10,100 it has not acknowledged).
        using var stalled = igate.Stream(Members.Desk);
        var stalledHeartbeat = await stalled.FirstHeartbeatAsync();
        Assert.Equal((Warm + Baseline, Warm - Unacknowledged), (stalledHeartbeat.HeadSequence, stalledHeartbeat.AcknowledgedSequence));
        var stallWatch = Stopwatch.StartNew();
        await load.AppendAsync("stall", Stalled, InFlight);
        var appendSeconds = stallWatch.Elapsed.TotalSeconds;
        await readerProgress.ReachedAsync(Total, reading);
        var rssAfter = await SettledResidentBytesAsync(hub);
        output.WriteLine($"stall: {Stalled} items appended in {appendSeconds:0.0} s ({Stalled / appendSeconds:0}/s), read by the other subscriber in {stallWatch.Elapsed.TotalSeconds:0.0} s; hub VmRSS {Mb(rssAfter)} after a forced GC, growth {Mb(rssAfter - rssBefore)}");

        // Latency of the other subscriber: submit (the receipt sent) to delivery (the item read).
        var beforeLatencies = latencies[(Warm + 1)..(Warm + Baseline + 1)];
        var duringLatencies = latencies[(Warm + Baseline + 1)..];
        var before = Percentile(beforeLatencies, 0.95);
        var during = Percentile(duringLatencies, 0.95);
        output.WriteLine($"other subscriber's submit-to-delivery: p50 {Percentile(beforeLatencies, 0.5):0.0} ms, p95 {before:0.0} ms, max {beforeLatencies.Max():0} ms before the stall; p50 {Percentile(duringLatencies, 0.5):0.0} ms, p95 {during:0.0} ms, max {duringLatencies.Max():0} ms during it");

        // The stalled member reconnects (its old stream still open, as a hung connection's is) and
        // resumes from its acknowledgement.
        var resumeWatch = Stopwatch.StartNew();
        using var resumed = igate.Stream(Members.Desk);
        var heartbeat = await resumed.FirstHeartbeatAsync();
        var problems = new List<string>();
        for (long expected = Warm - Unacknowledged + 1; expected <= Total && problems.Count < 10; expected++)
        {
            var item = await resumed.NextItemAsync(TimeSpan.FromSeconds(60));
            if (item.Sequence != expected)
            {
                problems.Add($"expected item {expected}, got {item.Sequence}");
                expected = item.Sequence;
            }
        }

        var rest = await resumed.ReadAsync(0, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30));
        // The replaced stream, read at last, ends with ABORTED SUBSCRIPTION_REPLACED after what the
        // transport had buffered (items from where it stood, in order).
        var (stale, end) = await stalled.EndAsync(TimeSpan.FromSeconds(30));
        output.WriteLine($"the replaced stalled stream delivered {stale.Count} buffered items, then {end.StatusCode}");
        output.WriteLine($"resumed: {Total - Warm + Unacknowledged} items in {resumeWatch.Elapsed.TotalSeconds:0.0} s; whole test {started.Elapsed.TotalSeconds:0} s");

        Assert.Equal((Total, Warm - Unacknowledged), (heartbeat.HeadSequence, heartbeat.AcknowledgedSequence));
        Assert.Empty(problems);
        Assert.Empty(rest.Items.Select(i => i.Sequence));
        Assert.Equal(Total, rest.Heartbeat?.HeadSequence);
        Assert.Equal("Aborted SUBSCRIPTION_REPLACED", Refusals.WireError.Of(end).Summary);
        Assert.Equal(Enumerable.Range(Warm - Unacknowledged + 1, stale.Count).Select(n => (long)n), stale.Select(i => i.Sequence));
        await reading;
        Assert.True(rssAfter - rssBefore < AllowedGrowth, $"the hub grew by {Mb(rssAfter - rssBefore)} while a subscriber stalled ({Mb(rssBefore)} → {Mb(rssAfter)})");
        // A stalled subscriber that held up publication (a dispatcher awaiting its full stream, a
        // desk's fan-out waiting for its slowest reader) would hold the other reader for the rest of
        // the stall: seconds to minutes, far past this bound. 3x the same load's own p95 (100 ms at
        // least) leaves room for the scheduling noise of two cores shared with other processes.
        Assert.True(during <= Math.Max(3 * before, 100), $"p95 {during:0.0} ms during the stall against {before:0.0} ms before it");
    }

    // Reads the other subscriber's stream to the end of the test, recording each item's latency.
    private static async Task ReadAllAsync(InboxStream stream, DeskLoad load, double[] latencies, ReadProgress progress)
    {
        for (var n = 1; n <= Total; n++)
        {
            var item = await stream.NextItemAsync(TimeSpan.FromSeconds(60));
            var now = Stopwatch.GetTimestamp();
            Assert.Equal(n, item.Sequence);
            latencies[n] = Stopwatch.GetElapsedTime(load.SentAt(item.Origin.RequestId), now).TotalMilliseconds;
            progress.Report(n);
        }
    }

    // Forces a full GC in the hub, then waits until its resident memory stops falling (the GC hands
    // free regions back to the system over a few hundred milliseconds).
    private static async Task<long> SettledResidentBytesAsync(HubChild hub)
    {
        await InducedGc.CollectAsync(hub.ProcessId);
        var samples = new List<long> { hub.ResidentBytes() };
        for (var i = 0; i < 50 && (samples.Count < 5 || samples[^5] - samples[^1] > 1024 * 1024); i++)
        {
            await Task.Delay(200);
            samples.Add(hub.ResidentBytes());
        }

        return samples[^1];
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MB";

    // How far the other subscriber has read, awaitable.
    private sealed class ReadProgress
    {
        private readonly object gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
        private int count;

        public void Report(int value)
        {
            lock (gate)
            {
                count = value;
                foreach (var waiter in waiters.Where(w => w.Count <= value).ToList())
                {
                    waiter.Reached.TrySetResult();
                    waiters.Remove(waiter);
                }
            }
        }

        // Completes when the reader has read this many items; fails if the reader failed first.
        public async Task ReachedAsync(int target, Task reader)
        {
            TaskCompletionSource reached;
            lock (gate)
            {
                if (count >= target)
                {
                    return;
                }

                reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((target, reached));
            }

            await Task.WhenAny(reached.Task, reader);
            await (reached.Task.IsCompleted ? reached.Task : reader);
            await reached.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }
}
