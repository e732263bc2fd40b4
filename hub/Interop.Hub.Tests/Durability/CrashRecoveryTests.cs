using System.Collections.Concurrent;
using System.Diagnostics;
using Interop.Domain.Lifecycle;
using Interop.Domain.Identifiers;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;
using Xunit.Abstractions;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// DESIGN.md §8 reliability: no acknowledged write lost across repeated kill -9 of the hub under load.
/// The hub runs as a child process; it is killed (SIGKILL) at random moments while clients have batches
/// in flight, and restarted on the same data directory; clients resend what was not answered OK.
/// </summary>
[Collection(DurabilityCollection.Name)]
// Slow stage: twenty kills of a hub process under load, about 100 s.
[Trait(TestStage.Name, TestStage.Slow)]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Kills = 20;
    private const int Clients = 16;

    [Fact]
    public async Task Hub_keeps_every_acknowledged_write_and_makes_no_duplicate_across_twenty_kill_9_under_load()
    {
        var clock = Stopwatch.StartNew();
        var seed = Environment.TickCount;
        var data = new TempDirectory("interop-crash-");
        output.WriteLine($"seed {seed}, data directory {data} (kept if the test fails)");
        var random = new Random(seed);
        var generations = new List<HubGeneration> { new(await HubChild.StartAsync(data.Path), 0) };
        var stopping = 0;
        var clients = Enumerable.Range(0, Clients).Select(i => new LoadClient(i, new Random(random.Next()))).ToList();
        var running = clients.Select(client => Task.Run(() => client.RunAsync(generations[0], () => Volatile.Read(ref stopping) == 1))).ToList();
        try
        {
            var inFlightAtKill = new List<int>();
            for (var kill = 1; kill <= Kills; kill++)
            {
                // Once the new hub has answered a first call it is warm and committing: then kill it at a random moment.
                var killed = generations[^1];
                await Task.WhenAny(killed.Answered, Task.Delay(TimeSpan.FromSeconds(10)));
                await Task.Delay(random.Next(100, 600));
                inFlightAtKill.Add(clients.Sum(c => c.InFlight));
                await killed.KillAsync();
                var next = new HubGeneration(await HubChild.StartAsync(data.Path), kill);
                generations.Add(next);
                killed.Succeed(next);
            }

            Volatile.Write(ref stopping, 1);
            await Task.WhenAll(running).WaitAsync(TimeSpan.FromMinutes(2));
            var load = clock.Elapsed;

            var requests = clients.SelectMany(c => c.Requests).ToList();
            var unexpected = clients.SelectMany(c => c.Unexpected).ToList();
            var failures = clients.SelectMany(c => c.FailuresByStatus).GroupBy(f => f.Key).Select(g => $"{g.Key} {g.Sum(f => f.Value)}");
            output.WriteLine($"{Kills} kills in {load.TotalSeconds:0.0} s; calls in flight at each kill: {string.Join(", ", inFlightAtKill)}");
            output.WriteLine($"{requests.Count} requests, {requests.Count(r => r.Creates)} creating; {requests.Count(r => r.Attempts > 1)} sent again ({requests.Sum(r => r.Attempts - 1)} resends), "
                + $"{requests.Count(r => r.CommittedUnanswered)} of them committed before the kill and answered from the stored outcome; failed sends by status: {string.Join(", ", failures)}");
            Assert.Empty(unexpected);
            Assert.All(requests, r => Assert.NotNull(r.Outcome));

            var problems = await VerifyAsync(generations[^1].Igate, requests);
            output.WriteLine($"verified in {(clock.Elapsed - load).TotalSeconds:0.0} s; whole test {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(30)));
            data.Dispose();
        }
        finally
        {
            Volatile.Write(ref stopping, 1);
            foreach (var generation in generations)
            {
                await generation.Hub.DisposeAsync();
            }
        }
    }

    /// <summary>One dossier per creating request; each dossier's history is exactly its acknowledged requests, its chain and receipts verify, and its state is the fold of its events.</summary>
    private async Task<List<string>> VerifyAsync(HubClient igate, List<TrackedRequest> requests)
    {
        var problems = new ConcurrentQueue<string>();
        var creating = requests.Where(r => r.Creates).ToList();
        foreach (var request in creating.Where(r => r.Outcome!.Dossier.Id != DossierIds.ForNewDossier(Members.IgateMember, r.RequestId)))
        {
            problems.Enqueue($"{request.RequestId} created {request.Outcome!.Dossier.Id}, not the id derived from its request id");
        }

        var listed = (await igate.DossiersAsync(Members.Desk)).Select(d => d.Id).ToList();
        if (!listed.Order(StringComparer.Ordinal).SequenceEqual(creating.Select(r => r.DossierId).Order(StringComparer.Ordinal)))
        {
            problems.Enqueue($"the desk lists {listed.Count} dossiers ({listed.Distinct().Count()} distinct) for {creating.Count} creating requests");
        }

        var info = await igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest());
        var hubKey = Assert.Single(info.HubKeys);
        var key = IndependentVerifier.PublishedKey(hubKey);

        var events = 0;
        var byDossier = requests.GroupBy(r => r.DossierId).ToList();
        await Parallel.ForEachAsync(byDossier, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (dossier, _) =>
        {
            var id = dossier.Key;
            var history = await igate.EventsAsync(id);
            Interlocked.Add(ref events, history.Count);
            foreach (var problem in IndependentVerifier.Chain(id, history))
            {
                problems.Enqueue(problem);
            }

            var bodies = history.Select(e => EventBody.Parser.ParseFrom(e.BodyBytes)).ToList();
            var sent = dossier.Select(r => r.RequestId).ToList();
            if (!bodies.Select(b => b.RequestId).SequenceEqual(sent))
            {
                problems.Enqueue($"{id}: events of requests [{string.Join(' ', bodies.Select(b => b.RequestId))}], acknowledged [{string.Join(' ', sent)}]");
            }

            foreach (var request in dossier)
            {
                var signed = request.Outcome!.Receipt;
                var receipt = Receipt.Parser.ParseFrom(signed.ReceiptBytes);
                if (!IndependentVerifier.ReceiptSignature(signed, key, hubKey.KeyId))
                {
                    problems.Enqueue($"{request.RequestId}: the receipt's signature does not verify with the published key");
                }

                if (receipt.DossierId != id || receipt.Sequence < 1 || receipt.Sequence > history.Count
                    || !history[(int)receipt.Sequence - 1].Hash.Equals(receipt.EventHash)
                    || bodies[(int)receipt.Sequence - 1].RequestId != request.RequestId)
                {
                    problems.Enqueue($"{request.RequestId}: acknowledged event {receipt.EventId} is not in the history as receipted");
                }
            }

            var stored = (await igate.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = id }, cancellationToken: CancellationToken.None)).Dossier;
            var folded = DossierFold.Fold(history.Select((e, i) => (bodies[i], e.PersonalData is { DataBytes.Length: > 0 } part ? PersonalData.Parser.ParseFrom(part.DataBytes) : null)));
            if (!folded.Equals(stored))
            {
                problems.Enqueue($"{id}: the stored state is not the fold of its events");
            }

            if (!dossier.Last().Outcome!.Dossier.Equals(stored))
            {
                problems.Enqueue($"{id}: the state acknowledged with the last event is not the stored state");
            }
        });
        output.WriteLine($"{byDossier.Count} dossiers, {events} events verified");
        return [.. problems];
    }
}
