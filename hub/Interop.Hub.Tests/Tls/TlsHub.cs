using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
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
public sealed class TlsHub : IAsyncLifetime
{
    internal TlsFiles Files { get; private set; } = null!;

    internal TlsHubProcess Hub { get; private set; } = null!;

    internal X509Certificate2 IgateCurrent { get; private set; } = null!;

    internal X509Certificate2 IgateNext { get; private set; } = null!;

    internal X509Certificate2 Auditor { get; private set; } = null!;

    internal X509Certificate2 Unpinned { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Files = TlsFiles.Create();
        IgateCurrent = Files.IssueMember(TlsFiles.Igate, "igate-current");
        IgateNext = Files.IssueMember(TlsFiles.Igate, "igate-next");
        Auditor = Files.IssueMember(TlsFiles.Auditor, "auditor");
        Unpinned = Files.IssueMember("member-vbdlis-gialai", "vbdlis-unpinned");
        Files.WriteSeed(new Dictionary<string, X509Certificate2[]>
        {
            [TlsFiles.Igate] = [IgateCurrent, IgateNext],
            [TlsFiles.Auditor] = [Auditor],
        });
        Hub = await TlsHubProcess.StartAsync(Files, Auditor);
    }

    public async Task DisposeAsync() => await Hub.DisposeAsync();

    internal DossierService.DossierServiceClient Dossiers(X509Certificate2? client) => new(Channel(client));

    internal AuditService.AuditServiceClient Audit(X509Certificate2? client) => new(Channel(client));

    internal RegistryService.RegistryServiceClient Registry(X509Certificate2? client) => new(Channel(client));

    internal CitizenLookupService.CitizenLookupServiceClient Citizen(X509Certificate2? client) => new(Channel(client));

    private GrpcChannel Channel(X509Certificate2? client) => Hub.Channel(client);
}
