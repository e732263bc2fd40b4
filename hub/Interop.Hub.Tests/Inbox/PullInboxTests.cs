using System.Diagnostics;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>PullInbox, for clients without streaming: items at once when there are any, else a wait for the first.</summary>
public sealed class PullInboxTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    private async Task<MutationOutcome> ReceiveAsync(string key)
        => (await members.Igate.Dossiers.ReceiveDossierAsync(Receive($"pull-{key}", $"H21.PULL-{key}", Local(11, 3, 8)))).Outcome;

    [Fact]
    public async Task Pull_answers_at_once_with_the_item_as_the_standard_describes_it()
    {
        var received = await ReceiveAsync("1");
        var igate = members.Igate;

        var pulled = await igate.PullAsync(Members.Desk);

        var item = Assert.Single(pulled.Items);
        var events = (await members.Igate.Audit.ListDossierEventsAsync(new ListDossierEventsRequest { DossierId = received.Dossier.Id })).Events;
        Assert.Equal((Members.Desk, 1L), (item.AgencyId, item.Sequence));
        Assert.Equal(("member-igate-gialai", "pull-1", true), (item.Origin.MemberId, item.Origin.RequestId, item.Origin.Own));
        Assert.Equal(events[0], item.Event);
        Assert.Equal(received.Event, AnsweredEvents.Of(item.Event));
        Assert.Null(received.Event.Body);
        Assert.Null(received.Event.PersonalData.Data);
        Assert.Equal(EventBody.Parser.ParseFrom(received.Event.BodyBytes), item.Event.Body);
        Assert.Equal(received.Dossier, item.Dossier);
        Assert.Equal(received.Receipt, item.Receipt);
        Assert.Equal(item.Event.Body.RecordedTime, item.RoutedTime);
        Assert.Contains(RoutingRole.ReceivingDesk, item.Roles);
        Assert.Equal(1, pulled.HeadSequence);
        Assert.False(string.IsNullOrEmpty(pulled.Checkpoint?.Note), "the pull carries the latest signed checkpoint");
    }

    [Fact]
    public async Task Another_member_serving_the_agency_sees_the_item_as_not_its_own()
    {
        await ReceiveAsync("1");

        var item = Assert.Single((await members.Portal.PullAsync(Members.Desk)).Items);

        Assert.Equal(("member-igate-gialai", false), (item.Origin.MemberId, item.Origin.Own));
    }

    [Fact]
    public async Task Each_item_carries_the_dossier_as_it_was_after_its_own_event()
    {
        var received = await ReceiveAsync("1");
        var supplement = (await members.Igate.Dossiers.RequestSupplementAsync(
            new RequestSupplementRequest { Context = Context("pull-2", Members.Desk, Local(11, 4, 10)), DossierId = received.Dossier.Id, Reason = "Thiếu hợp đồng" })).Outcome;

        var items = (await members.Igate.PullAsync(Members.Desk)).Items;

        Assert.Equal([1L, 2L], items.Select(i => i.Sequence));
        Assert.Equal(received.Dossier, items[0].Dossier);
        Assert.Equal(supplement.Dossier, items[1].Dossier);
        Assert.Equal(supplement.Receipt, items[1].Receipt);
        Assert.NotEqual(items[0].Dossier.Status, items[1].Dossier.Status);
    }

    [Fact]
    public async Task Pull_starts_where_asked_and_returns_at_most_max_items()
    {
        for (var i = 1; i <= 3; i++)
        {
            await ReceiveAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var igate = members.Igate;

        Assert.Equal([1L, 2L], (await igate.PullAsync(Members.Desk, max: 2)).Items.Select(i => i.Sequence));
        Assert.Equal([3L], (await igate.PullAsync(Members.Desk, StartPosition.AfterSequence, after: 2)).Items.Select(i => i.Sequence));
        Assert.Empty((await igate.PullAsync(Members.Desk, StartPosition.Head)).Items);
        Assert.Equal(2, await igate.AcknowledgeAsync(Members.Desk, 2));
        Assert.Equal([3L], (await igate.PullAsync(Members.Desk)).Items.Select(i => i.Sequence));
    }

    [Fact]
    public async Task Pull_with_nothing_to_read_waits_then_answers_empty_with_the_head()
    {
        var watch = Stopwatch.StartNew();

        var pulled = await members.Igate.PullAsync(Members.Desk, wait: TimeSpan.FromMilliseconds(400));

        Assert.Empty(pulled.Items);
        Assert.Equal(0, pulled.HeadSequence);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"answered after {watch.ElapsedMilliseconds} ms of a 400 ms wait");
    }

    [Fact]
    public async Task Pull_waiting_on_an_empty_inbox_answers_with_the_first_item_committed()
    {
        var igate = members.Igate;
        var watch = Stopwatch.StartNew();

        var pull = igate.PullAsync(Members.Desk, StartPosition.AfterSequence, after: 0, wait: TimeSpan.FromSeconds(25));
        await ReceiveAsync("1");
        var pulled = await pull;

        Assert.Equal([1L], pulled.Items.Select(i => i.Sequence));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"woken by the commit, not by the end of the wait ({watch.ElapsedMilliseconds} ms)");
    }
}
