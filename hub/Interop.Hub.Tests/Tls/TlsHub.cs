using System.Security.Cryptography.X509Certificates;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Lookup.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Tls;

/// <summary>
/// One TLS hub for the tests that do not change its seed: the desk system with two pinned keys
/// (rotation), the auditor with one, a certificate of the province CA that no member pins, and one
/// from another CA.
/// </summary>
public sealed class TlsHub : HubFixture
{
    private TlsHub(TlsFiles files)
        : base(new TestHubOptions { Tls = files, Settings = TlsFiles.HubSettings })
    {
        Files = files;
        IgateCurrent = Files.IssueMember(TlsFiles.Igate, "igate-current");
        IgateNext = Files.IssueMember(TlsFiles.Igate, "igate-next");
        Auditor = Files.IssueMember(TlsFiles.Auditor, "auditor");
        Unpinned = Files.IssueMember("member-vbdlis-gialai", "vbdlis-unpinned");
        Files.WriteSeed(new Dictionary<string, X509Certificate2[]>
        {
            [TlsFiles.Igate] = [IgateCurrent, IgateNext],
            [TlsFiles.Auditor] = [Auditor],
        });
    }

    public TlsHub()
        : this(TlsFiles.Create())
    {
    }

    internal TlsFiles Files { get; }

    internal X509Certificate2 IgateCurrent { get; }

    internal X509Certificate2 IgateNext { get; }

    internal X509Certificate2 Auditor { get; }

    internal X509Certificate2 Unpinned { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Files.Dispose();
    }

    internal DossierService.DossierServiceClient Dossiers(X509Certificate2? client) => Client(client).Dossiers;

    internal AuditService.AuditServiceClient Audit(X509Certificate2? client) => Client(client).Audit;

    internal RegistryService.RegistryServiceClient Registry(X509Certificate2? client) => Client(client).Registry;

    internal CitizenLookupService.CitizenLookupServiceClient Citizen(X509Certificate2? client) => Client(client).Citizen;

    private HubClient Client(X509Certificate2? client) => new(Hub.OpenChannel(client));
}
