using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>Group commit: concurrent appends share a transaction and a sync, each with its own savepoint.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    /// <summary>Queues the given appends behind a held commit, so that they form one batch once it is released.</summary>
    private async Task<(TStore Store, AppendResult[] Results)> InOneBatchAsync(params AppendRequest[] requests)
    {
        var gate = new CommitGate();
        var store = await OpenAsync(gate.Hooks);
        var blocker = store.AppendAsync(Append("blocker", 0), Ct);
        await gate.Reached.WaitAsync(Ct);
        var tasks = requests.Select(request => store.AppendAsync(request, Ct)).ToArray();
        gate.Release();
        await blocker;
        var results = await Task.WhenAll(tasks);
        Assert.Equal(2, store.Counters.Commits);
        return (store, results);
    }

    [Fact]
    public async Task Two_appends_with_one_request_id_in_one_batch_commit_once()
    {
        var (store, results) = await InOneBatchAsync(
            Append("d-1", 0, request: Request("m-1", "r-1", "d-1")),
            Append("d-1", 0, request: Request("m-1", "r-1", "d-1")));

        Assert.Equal([AppendOutcome.Committed, AppendOutcome.DuplicateRequest], results.Select(r => r.Outcome));
        Assert.Equal("d-1", results[1].ExistingRequest!.DossierId);
        Assert.Single(await store.ReadEventsAsync("d-1", 0, 10, Ct));
    }

    [Fact]
    public async Task Two_appends_taking_one_claim_in_one_batch_commit_once()
    {
        var (store, results) = await InOneBatchAsync(
            Append("d-1", 0, claims: [NationalCode("C-1")]),
            Append("d-2", 0, claims: [NationalCode("C-1")]));

        Assert.Equal([AppendOutcome.Committed, AppendOutcome.ClaimTaken], results.Select(r => r.Outcome));
        Assert.Equal("d-1", await store.FindClaimAsync(NationalCode("C-1"), Ct));
        Assert.Null(await store.ReadDossierAsync("d-2", Ct));
    }

    [Fact]
    public async Task Chained_appends_to_one_dossier_in_one_batch_both_commit_in_order()
    {
        var (store, results) = await InOneBatchAsync(Append("d-1", 0), Append("d-1", 1, events: 2));

        Assert.All(results, r => Assert.Equal(AppendOutcome.Committed, r.Outcome));
        Assert.Equal([1L, 3L], results.Select(r => r.CurrentVersion));
        Assert.True(results[0].Positions[0] < results[1].Positions[0]);
        Assert.Equal(3, (await store.ReadDossierAsync("d-1", Ct))!.Version);
    }

    [Fact]
    public async Task Refusals_in_a_batch_do_not_abort_the_other_appends()
    {
        var (store, results) = await InOneBatchAsync(
            Append("d-1", 0, claims: [NationalCode("C-1")], routes: [Route("A", 1)]),
            Append("blocker", 5, routes: [Route("A", 6)]),
            Append("d-2", 0, claims: [NationalCode("C-1")], routes: [Route("A", 1)]),
            Append("d-3", 0, routes: [Route("A", 1)]));

        Assert.Equal(
            [AppendOutcome.Committed, AppendOutcome.VersionMismatch, AppendOutcome.ClaimTaken, AppendOutcome.Committed],
            results.Select(r => r.Outcome));
        var inbox = await store.ReadInboxAsync("A", 0, 10, Ct);
        Assert.Equal([("d-1", 1L), ("d-3", 2L)], inbox.Select(i => (i.Event.DossierId, i.InboxSequence)));
    }

    [Fact]
    public async Task Concurrent_appends_share_commits()
    {
        var store = await OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => store.AppendAsync(Append($"d-{i}", 0, request: Request("m-1", $"r-{i}", $"d-{i}")), Ct)));

        Assert.All(results, r => Assert.Equal(AppendOutcome.Committed, r.Outcome));
        Assert.Equal(64, store.Counters.Appends);
        Output.WriteLine($"64 concurrent appends: {store.Counters.Commits} commits, {64.0 / store.Counters.Commits:F1} appends per sync");
        Assert.True(store.Counters.Commits < store.Counters.Appends / 5, $"{store.Counters.Commits} commits for 64 appends");
    }

    [Fact]
    public async Task Inbox_sequences_are_gapless_per_agency_under_concurrency()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-0", 0, routes: [Route("A", 1)]), Ct);

        // Every fourth append is refused (stale version): its savepoint's inbox rows must leave no gap.
        var tasks = Enumerable.Range(1, 40).Select(i => store.AppendAsync(
            i % 4 == 0
                ? Append("d-0", 7, routes: [Route("A", 8), Route("B", 8)])
                : Append($"d-{i}", 0, routes: i % 2 == 0 ? [Route("A", 1), Route("B", 1)] : [Route("A", 1)]),
            Ct)).ToArray();
        var results = await Task.WhenAll(tasks);

        var committed = results.Count(r => r.Outcome == AppendOutcome.Committed) + 1;
        var a = await store.ReadInboxAsync("A", 0, 100, Ct);
        var b = await store.ReadInboxAsync("B", 0, 100, Ct);
        Assert.Equal(Enumerable.Range(1, committed).Select(i => (long)i), a.Select(item => item.InboxSequence));
        Assert.Equal(Enumerable.Range(1, b.Count).Select(i => (long)i), b.Select(item => item.InboxSequence));
        Assert.Equal(10, b.Count);
        Assert.Equal(a.Select(item => item.Event.Position).Order(), a.Select(item => item.Event.Position));
        Assert.Equal(committed, await store.InboxHeadAsync("A", Ct));
        Assert.Equal(RouteRoles, a[0].Roles);
        Assert.Equal(("m-desk", "r"), (a[0].OriginMemberId, a[0].OriginRequestId));
    }
}
