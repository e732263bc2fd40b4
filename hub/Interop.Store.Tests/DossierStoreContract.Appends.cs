using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>Conditional appends and what they leave behind.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    [Fact]
    public async Task Append_commits_and_reads_back_state_events_and_positions()
    {
        var store = await OpenAsync();
        var request = Append("d-1", 0, events: 2);

        var first = await store.AppendAsync(request, Ct);
        var second = await store.AppendAsync(Append("d-1", 2), Ct);

        Assert.Equal(AppendOutcome.Committed, first.Outcome);
        Assert.Equal(2, first.CurrentVersion);
        Assert.Equal(3, second.CurrentVersion);
        var positions = first.Positions.Concat(second.Positions).ToArray();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(3, positions.Distinct().Count());

        var events = await store.ReadEventsAsync("d-1", 0, 10, Ct);
        Assert.Equal(new long[] { 1, 2, 3 }, events.Select(e => e.Sequence));
        Assert.Equal(positions, events.Select(e => e.Position));
        Assert.Equal(request.Events[0].Body, events[0].Body);
        Assert.Equal(request.Events[0].Hash, events[0].Hash);
        Assert.Equal(request.Events[0].PersonalPart, events[0].PersonalPart);
        Assert.Null(events[1].PersonalPart);
        Assert.Equal(request.Events[1].Receipt, events[1].Receipt);

        var dossier = await store.ReadDossierAsync("d-1", Ct);
        Assert.NotNull(dossier);
        Assert.Equal(3, dossier.Version);
        Assert.Equal(Append("d-1", 2).State, dossier.State);
        Assert.Equal(events[2].Hash, dossier.HeadHash);
        Assert.Null(await store.ReadDossierAsync("d-2", Ct));
    }

    [Fact]
    public async Task Events_are_read_after_a_sequence_in_order_up_to_a_limit()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, events: 5), Ct);

        var page = await store.ReadEventsAsync("d-1", 2, 2, Ct);

        Assert.Equal(new long[] { 3, 4 }, page.Select(e => e.Sequence));
        Assert.Empty(await store.ReadEventsAsync("d-1", 5, 10, Ct));
    }

    [Fact]
    public async Task Append_with_a_stale_version_writes_nothing_and_returns_the_current_version()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, routes: [Route("A", 1)], roles: [new("A", Holder)]), Ct);

        var stale = await store.AppendAsync(
            Append("d-1", 0, request: Request("m-1", "r-2", "d-1"), claims: [NationalCode("X-1")], routes: [Route("B", 1)], roles: [new("B", Holder)]),
            Ct);

        Assert.Equal(AppendOutcome.VersionMismatch, stale.Outcome);
        Assert.Equal(1, stale.CurrentVersion);
        Assert.Empty(stale.Positions);
        Assert.Single(await store.ReadEventsAsync("d-1", 0, 10, Ct));
        Assert.Null(await store.FindIdempotencyAsync("m-1", "r-2", Ct));
        Assert.Null(await store.FindClaimAsync(NationalCode("X-1"), Ct));
        Assert.Equal(0, await store.InboxHeadAsync("B", Ct));
        Assert.Empty(await store.ListDossiersAsync(new DossierQuery("B", ListRole.Any, [], 0, 10), Ct));
    }

    [Fact]
    public async Task Append_ahead_of_the_stored_version_is_a_version_mismatch()
    {
        var store = await OpenAsync();

        var ahead = await store.AppendAsync(Append("d-1", 3), Ct);

        Assert.Equal(AppendOutcome.VersionMismatch, ahead.Outcome);
        Assert.Equal(0, ahead.CurrentVersion);
        Assert.Null(await store.ReadDossierAsync("d-1", Ct));
    }
}
