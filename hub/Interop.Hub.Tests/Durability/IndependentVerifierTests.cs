using Google.Protobuf;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>The crash test's verifier is only worth what it catches: it accepts what the hub serves and refuses one changed byte.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class IndependentVerifierTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private HubClient igate = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        igate = Members.IgateOn(hub.Channel);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Verifier_accepts_a_served_chain_and_finds_one_changed_body_byte()
    {
        var id = await DossierWithThreeEventsAsync();
        var events = await igate.EventsAsync(id);
        Assert.Empty(IndependentVerifier.Chain(id, events));

        var changed = events[1].BodyBytes.ToByteArray();
        changed[^1] ^= 1;
        events[1].BodyBytes = ByteString.CopyFrom(changed);

        Assert.NotEmpty(IndependentVerifier.Chain(id, events));
    }

    [Fact]
    public async Task Verifier_accepts_a_receipt_by_the_published_key_and_refuses_one_changed_byte()
    {
        var outcome = (await igate.Dossiers.ReceiveDossierAsync(Receive("verify-receipt", "H21.129-251103-0001", Local(11, 3, 8)))).Outcome;
        var hubKey = Assert.Single((await igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).HubKeys);
        var key = IndependentVerifier.PublishedKey(hubKey);
        Assert.True(IndependentVerifier.ReceiptSignature(outcome.Receipt, key, hubKey.KeyId));

        var changed = outcome.Receipt.ReceiptBytes.ToByteArray();
        changed[^1] ^= 1;
        outcome.Receipt.ReceiptBytes = ByteString.CopyFrom(changed);

        Assert.False(IndependentVerifier.ReceiptSignature(outcome.Receipt, key, hubKey.KeyId));
    }

    private async Task<string> DossierWithThreeEventsAsync()
    {
        var id = (await igate.Dossiers.ReceiveDossierAsync(Receive("verify-1", "H21.129-251103-0002", Local(11, 3, 8)))).Outcome.Dossier.Id;
        await igate.Dossiers.AddNoteAsync(new AddNoteRequest { Context = Context("verify-2", Members.Desk, Local(11, 3, 9)), DossierId = id, Text = "Ghi chú" });
        await igate.Dossiers.RequestSupplementAsync(new RequestSupplementRequest { Context = Context("verify-3", Members.Desk, Local(11, 3, 10)), DossierId = id, Reason = "Thiếu giấy tờ" });
        return id;
    }
}
