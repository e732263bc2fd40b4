using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Hub.Tests.Rights;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Lookup.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Tls;

/// <summary>Mutual TLS over a real hub (STANDARD.md RIGHTS-1): the handshake trusts the province CA only, each member call needs a pinned key, the citizen look-up none.</summary>
public sealed class MutualTlsTests(TlsHub fixture) : IClassFixture<TlsHub>
{
    [Fact]
    public async Task Member_with_a_pinned_certificate_receives_a_dossier()
    {
        var received = await fixture.Dossiers(fixture.IgateCurrent).ReceiveDossierAsync(Scenes.Receive(Scenes.NewRequestId("tls")));

        Assert.NotEmpty(received.Outcome.Dossier.Id);
        Assert.Equal(Members.Desk, received.Outcome.Dossier.Custody.ReceivingAgency.AgencyId);
    }

    [Fact]
    public async Task Member_calls_with_either_of_its_two_pinned_keys_during_rotation()
    {
        var received = await fixture.Dossiers(fixture.IgateCurrent).ReceiveDossierAsync(Scenes.Receive(Scenes.NewRequestId("tls")));

        var read = await fixture.Dossiers(fixture.IgateNext).GetDossierAsync(new GetDossierRequest { DossierId = received.Outcome.Dossier.Id });

        Assert.Equal(received.Outcome.Dossier.Id, read.Dossier.Id);
    }

    [Fact]
    public async Task Certificate_of_the_province_CA_without_a_pin_is_unauthenticated()
    {
        var error = await WireError.OfCallAsync(() => fixture.Registry(fixture.Unpinned).GetRegistryInfoAsync(new GetRegistryInfoRequest()).ResponseAsync);

        Assert.Equal("Unauthenticated CERTIFICATE_NOT_PINNED", error.Summary);
    }

    [Fact]
    public async Task Certificate_of_another_CA_fails_the_handshake()
    {
        using var stranger = fixture.Files.Stranger();

        await AssertHandshakeFailsAsync(() => fixture.Registry(stranger).GetRegistryInfoAsync(new GetRegistryInfoRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Connection_without_a_client_certificate_serves_no_member_call()
    {
        var error = await WireError.OfCallAsync(() => fixture.Registry(null).GetRegistryInfoAsync(new GetRegistryInfoRequest()).ResponseAsync);

        Assert.Equal("Unauthenticated CREDENTIAL_MISSING", error.Summary);
    }

    [Fact]
    public async Task Connection_without_a_client_certificate_reaches_the_citizen_look_up()
    {
        var received = await fixture.Dossiers(fixture.IgateCurrent).ReceiveDossierAsync(Scenes.Receive(Scenes.NewRequestId("tls-citizen")));

        var answer = await fixture.Citizen(null).LookupDossierStatusAsync(new LookupDossierStatusRequest { NationalCode = received.Outcome.Dossier.NationalCode, Secret = received.LookupSecret });

        Assert.Equal(received.Outcome.Dossier.NationalCode, answer.NationalCode);
        Assert.Equal(DossierStatus.Received, answer.Status);
    }

    [Fact]
    public async Task Member_acting_for_another_members_agency_is_denied_and_the_refusal_is_logged()
    {
        var requestId = Scenes.NewRequestId("tls-other-agency");

        var error = await WireError.OfCallAsync(() => fixture.Dossiers(fixture.IgateCurrent).ReceiveDossierAsync(Scenes.Receive(requestId, Members.Land)).ResponseAsync);

        Assert.Equal("PermissionDenied AGENCY_NOT_REGISTERED_TO_MEMBER", error.Summary);
        var refusals = await fixture.Audit(fixture.Auditor).ListRefusalsAsync(new ListRefusalsRequest { MemberId = TlsFiles.Igate, PageSize = 500 });
        var refusal = Assert.Single(refusals.Refusals, r => r.RequestId == requestId);
        Assert.Equal(Members.Land, refusal.ActingAgencyId);
        Assert.Equal("AGENCY_NOT_REGISTERED_TO_MEMBER", refusal.Reason);
    }

    [Fact]
    public async Task Bearer_token_is_ignored_when_development_tokens_are_off()
    {
        var headers = new Metadata { { "authorization", "Bearer dev-igate-gialai" } };

        var error = await WireError.OfCallAsync(() => fixture.Registry(fixture.Unpinned).GetRegistryInfoAsync(new GetRegistryInfoRequest(), headers).ResponseAsync);

        Assert.Equal("Unauthenticated CERTIFICATE_NOT_PINNED", error.Summary);
    }

    private static async Task AssertHandshakeFailsAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);

        // Refused by TLS, not by the hub: no status of the standard came back.
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Null(error.GetRpcStatus());
    }
}
