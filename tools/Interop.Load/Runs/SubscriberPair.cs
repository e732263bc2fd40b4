using Interop.Load.Corpus;

namespace Interop.Load.Runs;

/// <summary>
/// One inbox subscription: a member (by its development token) on one of its agencies. A receive at
/// the desk is routed (RoutingTable: holder, receiving desk, return desk, competent) to the desk
/// 001.01.21.H21, the land office 000.12.21.H21 (competent for 1.004227) and the return desk
/// 000.00.01.H21 the corpus names; the desk system and the portal both serve the two desks, so five
/// distinct (member, agency) pairs each receive every item of the run.
/// </summary>
internal sealed record SubscriberPair(string Member, string Token, string AgencyId)
{
    public static readonly SubscriberPair[] All =
    [
        new("member-igate-gialai", LoadTarget.DeskToken, DossierCorpus.Desk),
        new("member-vbdlis-gialai", LoadTarget.LandOfficeToken, DossierCorpus.LandOffice),
        new("member-portal-gialai", LoadTarget.PortalToken, DossierCorpus.Desk),
        new("member-igate-gialai", LoadTarget.DeskToken, DossierCorpus.ReturnDesk),
        new("member-portal-gialai", LoadTarget.PortalToken, DossierCorpus.ReturnDesk),
    ];

    public override string ToString() => $"{Member}@{AgencyId}";
}
