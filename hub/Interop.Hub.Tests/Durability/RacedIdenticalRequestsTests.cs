using Google.Protobuf;
using Interop.Domain.Identifiers;
using Interop.Protos.Dossier.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// IDEM-4 at its narrowest: an identical request that was decided before the original committed, and
/// reached the store after, answers the original outcome (not a refusal).
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class RacedIdenticalRequestsTests : IAsyncLifetime
{
    private Action<string> watch = null!;
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync(new() { WrapStore = inner =>
    {
        var store = new InterleavingStore(inner);
        watch = store.Watch;
        return store;
    },
    });

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Identical_submit_that_reads_the_dossier_after_the_original_committed_answers_alike()
    {
        var igate = Members.IgateOn(hub.Channel);
        var request = Receive("raced-submit", "H21.129-251103-0001", Local(11, 3, 8));
        watch(DossierIds.ForNewDossier(Members.IgateMember, "raced-submit"));

        var answers = await Task.WhenAll(
            igate.Dossiers.ReceiveDossierAsync(request).ResponseAsync,
            igate.Dossiers.ReceiveDossierAsync(request).ResponseAsync);

        Assert.Equal(answers[0].Outcome.ToByteArray(), answers[1].Outcome.ToByteArray());
    }

    [Fact]
    public async Task Identical_supplement_request_that_reads_the_dossier_after_the_original_committed_answers_alike()
    {
        var igate = Members.IgateOn(hub.Channel);
        var id = (await igate.Dossiers.ReceiveDossierAsync(Receive("raced-setup", "H21.129-251103-0002", Local(11, 3, 8)))).Outcome.Dossier.Id;
        var request = new RequestSupplementRequest { Context = Context("raced-supplement", Members.Desk, Local(11, 4, 10)), DossierId = id, Reason = "Thiếu hợp đồng chuyển nhượng bản chính" };
        watch(id);

        var answers = await Task.WhenAll(
            igate.Dossiers.RequestSupplementAsync(request).ResponseAsync,
            igate.Dossiers.RequestSupplementAsync(request).ResponseAsync);

        Assert.Equal(answers[0].Outcome.ToByteArray(), answers[1].Outcome.ToByteArray());
    }
}
