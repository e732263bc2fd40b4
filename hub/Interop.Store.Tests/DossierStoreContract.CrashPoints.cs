using System.Collections.Concurrent;
using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>Whatever stops a commit, an append is in the store after reopening exactly when it was reported committed.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    [Fact]
    public async Task Appends_in_flight_when_the_store_closes_are_kept_exactly_when_reported_committed()
    {
        // Each sync takes a moment and is abandoned when the store closes, as a crash would abandon it.
        var store = await OpenAsync(new StoreHooks { BeforeCommit = cancellationToken => Task.Delay(1, cancellationToken) });
        var attempts = new ConcurrentQueue<(string DossierId, Task<AppendResult> Task)>();
        var producers = Enumerable.Range(0, 4).Select(p => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                var id = $"d-{p}-{i}";
                Task<AppendResult> task;
                try
                {
                    task = store.AppendAsync(Append(id, 0, request: Request("m-1", id, id)), Ct);
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                attempts.Enqueue((id, task));
                if (i % 16 == 15)
                {
                    await Task.WhenAny(task);
                }
            }
        })).ToArray();
        while (store.Counters.Appends < 100)
        {
            await Task.Delay(1, Ct);
        }

        await store.DisposeAsync();
        await Task.WhenAll(producers);
        var outcomes = await OutcomesAsync(attempts);

        var reopened = await ReopenAsync(store);
        await AssertKeptExactlyWhenCommittedAsync(reopened, outcomes);
        Output.WriteLine($"{outcomes.Count(o => o.Committed)} of {outcomes.Length} appends committed before closing");
    }

    [Fact]
    public async Task Appends_of_a_failed_commit_are_reported_unavailable_and_absent_after_reopening()
    {
        var commits = 0;
        var store = await OpenAsync(new StoreHooks
        {
            BeforeCommit = _ => Interlocked.Increment(ref commits) % 3 == 2
                ? throw new IOException("the disk went away")
                : Task.CompletedTask,
        });
        var attempts = new ConcurrentQueue<(string DossierId, Task<AppendResult> Task)>();

        for (var wave = 0; wave < 6; wave++)
        {
            var tasks = Enumerable.Range(0, 16).Select(i => $"d-{wave}-{i}").Select(id => (id, store.AppendAsync(Append(id, 0), Ct))).ToArray();
            await Task.WhenAll(tasks.Select(t => (Task)t.Item2).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            foreach (var attempt in tasks)
            {
                attempts.Enqueue(attempt);
            }
        }

        var outcomes = await OutcomesAsync(attempts);
        Assert.Contains(outcomes, o => o.Committed);
        Assert.Contains(outcomes, o => !o.Committed);
        Assert.All(outcomes.Where(o => !o.Committed), o => Assert.IsType<StoreUnavailableException>(o.Failure));
        var reopened = await ReopenAsync(store);
        await AssertKeptExactlyWhenCommittedAsync(reopened, outcomes);
    }

    private static async Task<(string DossierId, bool Committed, Exception? Failure)[]> OutcomesAsync(IEnumerable<(string DossierId, Task<AppendResult> Task)> attempts)
    {
        var outcomes = new List<(string, bool, Exception?)>();
        foreach (var (id, task) in attempts)
        {
            try
            {
                outcomes.Add((id, (await task).Outcome == AppendOutcome.Committed, null));
            }
            catch (Exception exception) when (exception is StoreUnavailableException or ObjectDisposedException or OperationCanceledException)
            {
                outcomes.Add((id, false, exception));
            }
        }

        return [.. outcomes];
    }

    private async Task AssertKeptExactlyWhenCommittedAsync(IDossierStore store, (string DossierId, bool Committed, Exception? Failure)[] outcomes)
    {
        foreach (var (id, committed, _) in outcomes)
        {
            var dossier = await store.ReadDossierAsync(id, Ct);
            Assert.True(committed == dossier is not null, $"{id}: reported committed {committed}, stored {dossier is not null}");
        }
    }
}
