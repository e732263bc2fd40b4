using Google.Protobuf;
using Interop.Domain.Identifiers;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>IDEM-3, IDEM-4: identical requests in flight at once commit once and answer alike, byte for byte.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class IdenticalSubmitsTests : IAsyncLifetime
{
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Fifty_identical_submits_in_flight_on_two_channels_make_one_dossier_and_fifty_identical_answers()
    {
        var second = hub.OpenChannel();
        var clients = new[] { Members.IgateOn(hub.Channel), Members.IgateOn(second) };
        foreach (var client in clients)
        {
            // Both connections are open before the burst, so that the calls really are in flight together.
            await client.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest());
        }

        var request = Receive("same-request", "H21.129-251103-0777", Local(11, 3, 8));
        var answers = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => clients[i % 2].Dossiers.ReceiveDossierAsync(request.Clone()).ResponseAsync));

        var first = answers[0].Outcome.ToByteArray();
        Assert.All(answers, answer => Assert.Equal(first, answer.Outcome.ToByteArray()));
        var id = DossierIds.ForNewDossier(Members.IgateMember, "same-request");
        Assert.Equal(id, answers[0].Outcome.Dossier.Id);
        var igate = clients[0];
        Assert.Equal([id], (await igate.DossiersAsync(Members.Desk)).Select(d => d.Id));
        var byVendorCode = await igate.Dossiers.GetDossierAsync(new GetDossierRequest { VendorCode = new VendorCode { Code = "H21.129-251103-0777" } });
        Assert.Equal(id, byVendorCode.Dossier.Id);
        Assert.Single(await igate.EventsAsync(id));
    }
}
