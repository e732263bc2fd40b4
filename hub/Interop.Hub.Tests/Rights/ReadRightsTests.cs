using Google.Protobuf;
using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests.Rights;

/// <summary>
/// What the matrix cannot show cell by cell (DESIGN.md §4, RIGHTS-1, RIGHTS-3, RIGHTS-4, PAGE-1):
/// denial alike for unknown and unreadable dossiers, lists and page tokens that never reveal other
/// agencies' dossiers, logged auditor reads, and no call without a credential.
/// </summary>
public sealed class ReadRightsTests(SceneHub hub) : IClassFixture<SceneHub>
{
    public static TheoryData<string> EveryCall { get; } = [.. RightsMatrix.Requests.Keys];

    public static TheoryData<string> DossierCalls { get; } = ["GetDossier", "ListDossierEvents", "GetControlSheet", "AddNote", "SuspendDossier", "AmendDossier"];

    [Theory]
    [MemberData(nameof(DossierCalls))]
    public async Task Unrelated_member_is_denied_alike_whether_or_not_the_dossier_exists(string call)
    {
        var existing = await hub.Scenes.BuildAsync(Scene.AtLand);
        var absent = existing.Clone();
        absent.Id = "d-" + new string('q', 26);
        var tax = hub.Members.TaxSystem;

        var denied = await ErrorOf(tax, RightsMatrix.Requests[call](existing, Members.Tax, Scenes.NewRequestId()));
        var unknown = await ErrorOf(tax, RightsMatrix.Requests[call](absent, Members.Tax, Scenes.NewRequestId()));

        Assert.Equal("PermissionDenied DOSSIER_ACCESS_DENIED", denied.Summary);
        Assert.Equal((denied.Summary, denied.Message, denied.Info.Metadata.Count), (unknown.Summary, unknown.Message, unknown.Info.Metadata.Count));
    }

    [Theory]
    [MemberData(nameof(EveryCall))]
    public async Task Call_without_a_credential_is_unauthenticated(string call)
    {
        var dossier = await hub.Scenes.BuildAsync(Scene.AtLand);

        var error = await ErrorOf(hub.Members.Anonymous, RightsMatrix.Requests[call](dossier, Members.Desk, Scenes.NewRequestId()));

        Assert.Equal("Unauthenticated CREDENTIAL_MISSING", error.Summary);
    }

    [Fact]
    public async Task Member_lists_exactly_the_dossiers_its_agency_has_a_role_in()
    {
        foreach (var scene in new[] { Scene.Filed, Scene.Received, Scene.AtLand, Scene.AtLandConsultingTax, Scene.AtLandOfferedBackToDesk, Scene.Returned })
        {
            await hub.Scenes.BuildAsync(scene);
        }

        var all = await ListAllAsync(hub.Members.Auditor, "");
        var m = hub.Members;
        foreach (var (client, agency) in new[] { (m.Igate, Members.Desk), (m.Vbdlis, Members.Land), (m.BusinessRegistry, Members.Business), (m.TaxSystem, Members.Tax), (m.Portal, Members.OtherDesk) })
        {
            var listed = (await ListAllAsync(client, agency)).Select(d => d.Id).Order().ToList();

            var expected = all.Where(d => Involved(d).Contains(agency)).Select(d => d.Id).Order().ToList();
            Assert.Equal(expected, listed);
        }
    }

    [Fact]
    public async Task Page_token_of_another_member_or_query_is_invalid()
    {
        await hub.Scenes.BuildAsync(Scene.AtLand);
        await hub.Scenes.BuildAsync(Scene.AtLand);
        var m = hub.Members;
        var landPage = await m.Vbdlis.Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = Members.Land, PageSize = 1 });
        var auditorPage = await m.Auditor.Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = Members.Land, PageSize = 1 });
        Assert.NotEmpty(landPage.NextPageToken);

        var byUnrelated = await ErrorOf(m.TaxSystem, new ListDossiersRequest { AgencyId = Members.Tax, PageSize = 1, PageToken = landPage.NextPageToken });
        var byDesk = await ErrorOf(m.Igate, new ListDossiersRequest { AgencyId = Members.Desk, PageSize = 1, PageToken = landPage.NextPageToken });
        var auditorsTokenByHolder = await ErrorOf(m.Vbdlis, new ListDossiersRequest { AgencyId = Members.Land, PageSize = 1, PageToken = auditorPage.NextPageToken });
        var otherRole = await ErrorOf(m.Vbdlis, new ListDossiersRequest { AgencyId = Members.Land, PageSize = 1, PageToken = landPage.NextPageToken, Role = DossierRole.Holder });
        var next = await m.Vbdlis.Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = Members.Land, PageSize = 1, PageToken = landPage.NextPageToken });

        Assert.All(new[] { byUnrelated, byDesk, auditorsTokenByHolder, otherRole }, e => Assert.Equal("InvalidArgument PAGE_TOKEN_INVALID", e.Summary));
        Assert.NotEqual(landPage.Dossiers[0].Id, Assert.Single(next.Dossiers).Id);
    }

    [Fact]
    public async Task Previous_holder_lists_what_it_held_and_the_holder_what_it_holds()
    {
        var dossier = await hub.Scenes.BuildAsync(Scene.AtLand);
        var m = hub.Members;

        var everHeld = await ListAllAsync(m.BusinessRegistry, Members.Business, DossierRole.EverHeld);
        var heldByBusiness = await ListAllAsync(m.BusinessRegistry, Members.Business, DossierRole.Holder);
        var heldByLand = await ListAllAsync(m.Vbdlis, Members.Land, DossierRole.Holder);

        Assert.Contains(everHeld, d => d.Id == dossier.Id);
        Assert.DoesNotContain(heldByBusiness, d => d.Id == dossier.Id);
        Assert.Contains(heldByLand, d => d.Id == dossier.Id);
        Assert.All(heldByLand, d => Assert.Equal(Members.Land, d.Custody.HolderAgency.AgencyId));
    }

    [Fact]
    public async Task Auditor_reads_everything_and_each_read_is_logged()
    {
        var dossier = await hub.Scenes.BuildAsync(Scene.AtLand);
        var auditor = hub.Members.Auditor;
        var reads = new IMessage[]
        {
            new GetDossierRequest { DossierId = dossier.Id },
            new ListDossierEventsRequest { DossierId = dossier.Id },
            new GetControlSheetRequest { DossierId = dossier.Id },
            new ListDossiersRequest { AgencyId = Members.Land },
            new ListRefusalsRequest(),
            RightsMatrix.Requests["GetStatistics(land)"](null, Members.Land, ""),
        };

        foreach (var read in reads)
        {
            await Calls.SendAsync(auditor, read);
        }

        var methods = new[] { "GetDossier", "ListDossierEvents", "GetControlSheet", "ListDossiers", "ListRefusals", "GetStatistics" };
        string[] Missing()
        {
            var log = hub.Hub.Output.Where(l => l.Contains("Auditor member-auditor-vpcp read", StringComparison.Ordinal)).ToList();
            return [.. methods.Where(method => !log.Any(l => l.Contains("/" + method + " ", StringComparison.Ordinal)))];
        }

        await Wait.UntilAsync(() => Missing().Length == 0, "a log line of each auditor read", TimeSpan.FromSeconds(5), detail: () => string.Join(", ", Missing()));
        Assert.Equal([], Missing());
    }

    private static IEnumerable<string> Involved(Dossier d)
    {
        var c = d.Custody;
        return new[] { c.ReceivingAgency, c.HolderAgency, c.CompetentAgency, c.ReturnAgency }
            .Concat(c.PastHolders)
            .Concat(c.Handovers.Where(h => h.Status == HandoverStatus.Offered).Select(h => h.ToAgency))
            .Concat(c.Consultations.Select(x => x.ConsultedAgency))
            .Where(a => a is not null && a.AgencyId.Length > 0)
            .Select(a => a.AgencyId);
    }

    private static async Task<List<Dossier>> ListAllAsync(HubClient client, string agency, DossierRole role = DossierRole.Unspecified)
    {
        var all = new List<Dossier>();
        var token = "";
        do
        {
            var page = await client.Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = agency, Role = role, PageSize = 100, PageToken = token });
            all.AddRange(page.Dossiers);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }

    private static async Task<WireError> ErrorOf(HubClient client, IMessage request)
        => WireError.Of(await Assert.ThrowsAsync<RpcException>(() => Calls.SendAsync(client, request)));
}
