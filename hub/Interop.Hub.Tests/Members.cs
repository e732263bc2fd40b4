using Grpc.Core;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests;

/// <summary>The seed registry's members as a test talks to them: clients carrying each member's development token.</summary>
internal sealed class Members(HubProcess hub)
{
    public const string Desk = "001.01.21.H21";
    public const string OtherDesk = "002.01.21.H21";
    public const string Land = "000.12.21.H21";
    public const string Tax = "000.16.21.H21";
    public const string Business = "000.07.21.H21";

    public Client Igate { get; } = new(hub, "dev-igate-gialai");

    public Client Vbdlis { get; } = new(hub, "dev-vbdlis-gialai");

    public Client TaxSystem { get; } = new(hub, "dev-tax-gialai");

    public Client BusinessRegistry { get; } = new(hub, "dev-dkkd");

    public Client Portal { get; } = new(hub, "dev-portal-gialai");

    public Client Auditor { get; } = new(hub, "dev-auditor-vpcp");

    public Client Anonymous { get; } = new(hub, null);

    public Client Forged { get; } = new(hub, "not-a-token");

    /// <summary>One member's clients.</summary>
    internal sealed class Client(HubProcess hub, string? token)
    {
        public CallOptions Options { get; } = new(headers: token is null ? [] : new Metadata { { "authorization", "Bearer " + token } });

        public DossierService.DossierServiceClient Dossiers { get; } = new(hub.Channel);

        public AuditService.AuditServiceClient Audit { get; } = new(hub.Channel);

        public RegistryService.RegistryServiceClient Registry { get; } = new(hub.Channel);
    }
}
