using Interop.Hub.Tests.Durability;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// DESIGN.md §4 Inboxes and STANDARD.md INBOX-1/2/4 on the land dossier of the write path, over real
/// Kestrel on loopback: what each agency's inbox holds, read the way members read it (a stream,
/// then an acknowledgement, then a resumed stream that gets nothing again).
/// </summary>
public sealed class LandDossierInboxTests : IAsyncLifetime
{
    private const string Igate = Members.IgateMember;
    private const string Vbdlis = Members.VbdlisMember;
    private const string TaxOffice = Members.TaxMember;

    // What each agency's inbox must hold after the walk (LandDossierWalk), written from the routing
    // rule (DESIGN.md §4, STANDARD.md INBOX-1) and the routing table's rows, not from the hub's output.
    // Row: inbox sequence, event type, roles (sorted by enum value: the order of roles is not part of
    // the contract), own (origin member = the reading member) or not, origin member/request id.
    // Custody along the walk: desk 001 receives and holds; the competent agency is the land office
    // (procedure 1.004227, version of 2025-07-01); the return desk is the receiving desk; the land
    // office holds from l-1 to r-5; the tax office is consulted from l-2.
    private static readonly string[] DeskInbox =
    [
        $"1 Received Holder+ReceivingDesk+ReturnDesk own {Igate}/r-1",           // Received: holder, desk, return desk, competent
        $"2 SupplementRequested Holder+ReceivingDesk own {Igate}/r-2",          // holder, desk, competent
        $"3 Supplemented Holder+ReceivingDesk own {Igate}/r-3",                 // holder, desk, competent
        $"4 HandoverOffered Holder+ReceivingDesk own {Igate}/r-4",              // holder, offered to, desk
        $"5 HandoverAccepted PreviousHolder+ReceivingDesk other {Vbdlis}/l-1",  // holder, previous holder, desk
        $"6 Resolved ReceivingDesk+ReturnDesk other {Vbdlis}/l-3",              // holder, desk, return desk, competent
        $"7 HandoverOffered OfferedTo+ReceivingDesk other {Vbdlis}/l-4",        // the hand-back is offered to the desk
        $"8 HandoverAccepted Holder+ReceivingDesk own {Igate}/r-5",             // the land office is the previous holder
        $"9 ResultReturned Holder+ReceivingDesk+ReturnDesk own {Igate}/r-6",    // holder, desk, return desk, competent
    ];

    private static readonly string[] LandInbox =
    [
        $"1 Received Competent other {Igate}/r-1",
        $"2 SupplementRequested Competent other {Igate}/r-2",
        $"3 Supplemented Competent other {Igate}/r-3",
        $"4 HandoverOffered OfferedTo other {Igate}/r-4",
        $"5 HandoverAccepted Holder own {Vbdlis}/l-1",                   // competent is not in this row
        $"6 ConsultationRequested Holder own {Vbdlis}/l-2",              // holder, consulted
        $"7 ConsultationAnswered Holder other {TaxOffice}/t-1",          // holder, consulted
        $"8 Resolved Holder+Competent own {Vbdlis}/l-3",
        $"9 HandoverOffered Holder own {Vbdlis}/l-4",
        $"10 HandoverAccepted PreviousHolder other {Igate}/r-5",
        $"11 ResultReturned Competent other {Igate}/r-6",
    ];

    private static readonly string[] TaxInbox =
    [
        $"1 ConsultationRequested Consulted other {Vbdlis}/l-2",
        $"2 ConsultationAnswered Consulted own {TaxOffice}/t-1",
    ];

    // Business registration has no role in a land dossier: its inbox stays empty.
    private static readonly string[] BusinessInbox = [];

    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        // Heartbeats every second, so that "nothing more came" is read off a heartbeat quickly.
        hub = await TestHub.StartAsync(new() { Settings = ["--Hub:InboxHeartbeatInterval=00:00:01"] });
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Each_agency_inbox_holds_exactly_the_land_dossier_events_its_roles_route_to_it_with_own_events_marked()
    {
        var igate = Members.IgateOn(hub.Channel);
        var vbdlis = new Members(hub.Channel).Vbdlis;
        var dkkd = new Members(hub.Channel).BusinessRegistry;
        var tax = new Members(hub.Channel).TaxSystem;
        var portal = new Members(hub.Channel).Portal;

        // Three members are streaming before the dossier exists (live delivery); the tax office and the
        // portal subscribe afterwards (catch-up from the oldest item of a never-acknowledged subscription).
        using var deskStream = igate.Stream(Members.Desk);
        using var landStream = vbdlis.Stream(Members.Land);
        using var businessStream = dkkd.Stream(Members.Business);
        foreach (var stream in new[] { deskStream, landStream, businessStream })
        {
            var first = await stream.FirstHeartbeatAsync();
            Assert.Equal((0, 0), (first.HeadSequence, first.AcknowledgedSequence));
        }

        var dossierId = (await LandDossierWalk.RunAsync(members)).DossierId;
        var walked = DateTimeOffset.UtcNow;
        var key = Assert.Single((await members.Auditor.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).HubKeys);

        using var taxStream = tax.Stream(Members.Tax);
        Assert.Equal((2, 0), Heads(await taxStream.FirstHeartbeatAsync()));
        using var portalDeskStream = portal.Stream(Members.Desk);
        Assert.Equal((9, 0), Heads(await portalDeskStream.FirstHeartbeatAsync()));

        var desk = await deskStream.ReadAsync(DeskInbox.Length, walked);
        var land = await landStream.ReadAsync(LandInbox.Length, walked);
        var taxRead = await taxStream.ReadAsync(TaxInbox.Length, walked);
        var business = await businessStream.ReadAsync(BusinessInbox.Length, walked);
        var portalDesk = await portalDeskStream.ReadAsync(DeskInbox.Length, walked);

        Assert.Equal(DeskInbox, desk.Items.Select(i => Row(i, Igate)));
        Assert.Equal(LandInbox, land.Items.Select(i => Row(i, Vbdlis)));
        Assert.Equal(TaxInbox, taxRead.Items.Select(i => Row(i, TaxOffice)));
        Assert.Equal(BusinessInbox, business.Items.Select(i => Row(i, Members.DkkdMember)));
        // The same desk items read by another member of the desk: nothing is its own.
        Assert.Equal(DeskInbox.Select(r => r.Replace(" own ", " other ", StringComparison.Ordinal)), portalDesk.Items.Select(i => Row(i, Members.PortalMember)));

        // A heartbeat the hub sent after the walk says how long each inbox is: nothing else is in it.
        Assert.Equal(DeskInbox.Length, desk.Heartbeat?.HeadSequence);
        Assert.Equal(LandInbox.Length, land.Heartbeat?.HeadSequence);
        Assert.Equal(TaxInbox.Length, taxRead.Heartbeat?.HeadSequence);
        Assert.Equal(0, business.Heartbeat?.HeadSequence);
        AssertCheckpoint(desk.Heartbeat!.Checkpoint);

        foreach (var (agency, items) in new[] { (Members.Desk, desk.Items), (Members.Land, land.Items), (Members.Tax, taxRead.Items) })
        {
            Assert.All(items, item =>
            {
                Assert.Equal(agency, item.AgencyId);
                Assert.Equal(dossierId, item.Event.Body.DossierId);
                Assert.Equal(dossierId, item.Dossier.Id);
                Assert.Equal(item.Event.Body.Sequence, item.Dossier.Version);   // the state after this event
                Assert.Equal(item.Event.Body.RequestId, item.Origin.RequestId);
                Assert.Equal(item.Event.Hash, item.Receipt.Receipt.EventHash);
                Assert.True(IndependentVerifier.ReceiptSignature(item.Receipt, IndependentVerifier.PublishedKey(key), key.KeyId), $"receipt of item {item.Sequence}");
                Assert.NotNull(item.RoutedTime);
            });
        }

        // Acknowledged, a subscription resumed without a start position gets nothing again.
        Assert.Equal(DeskInbox.Length, await igate.AcknowledgeAsync(Members.Desk, DeskInbox.Length));
        Assert.Equal(LandInbox.Length, await vbdlis.AcknowledgeAsync(Members.Land, LandInbox.Length));
        Assert.Equal(TaxInbox.Length, await tax.AcknowledgeAsync(Members.Tax, TaxInbox.Length));
        deskStream.Dispose();
        landStream.Dispose();
        taxStream.Dispose();
        var resumed = DateTimeOffset.UtcNow;
        foreach (var (member, agency, length) in new[] { (igate, Members.Desk, DeskInbox.Length), (vbdlis, Members.Land, LandInbox.Length), (tax, Members.Tax, TaxInbox.Length) })
        {
            using var again = member.Stream(agency);
            Assert.Equal((length, length), Heads(await again.FirstHeartbeatAsync()));
            var after = await again.ReadAsync(0, resumed);
            Assert.Empty(after.Items.Select(i => Row(i, member.MemberId!)));
            Assert.Equal(length, after.Heartbeat?.HeadSequence);
            Assert.Equal(length, after.Heartbeat?.AcknowledgedSequence);
        }
    }

    private static (long Head, long Acknowledged) Heads(Heartbeat heartbeat) => (heartbeat.HeadSequence, heartbeat.AcknowledgedSequence);

    private static string Row(InboxItem item, string reader)
    {
        var roles = string.Join('+', item.Roles.Order());
        var own = item.Origin.Own ? "own" : "other";
        // "own" must say exactly whether the origin member is the reader (INBOX-4).
        Assert.True(item.Origin.Own == (item.Origin.MemberId == reader), $"item {item.Sequence}: own={item.Origin.Own} for origin {item.Origin.MemberId} read by {reader}");
        return $"{item.Sequence} {item.Event.Body.Type} {roles} {own} {item.Origin.MemberId}/{item.Origin.RequestId}";
    }

    // A C2SP signed note: origin line, tree size, base64 root hash, a blank line, then signature lines.
    private static void AssertCheckpoint(SignedCheckpoint checkpoint)
    {
        Assert.NotNull(checkpoint);
        var lines = checkpoint.Note.Split('\n');
        Assert.True(lines.Length >= 5, checkpoint.Note);
        Assert.Equal(checkpoint.Origin, lines[0]);
        Assert.Equal(checkpoint.TreeSize.ToString(System.Globalization.CultureInfo.InvariantCulture), lines[1]);
        Assert.Equal(checkpoint.RootHash.ToBase64(), lines[2]);
        Assert.Equal("", lines[3]);
        Assert.StartsWith("\u2014 ", lines[4], StringComparison.Ordinal);
    }
}
