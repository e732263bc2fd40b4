using Interop.Protos.Dossier.V1;
using static Grpc.Health.V1.HealthCheckResponse.Types;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.StoreHealth;

/// <summary>
/// STANDARD.md GEN-2 and ERR-4 on a real full file system: while the store's disk is full the hub
/// answers NOT_SERVING and refuses mutations with UNAVAILABLE STORE_UNAVAILABLE; once space is freed
/// it serves and writes again, in the same process.
/// </summary>
public sealed class StoreOnFullDiskTests
{
    [Fact]
    public async Task Hub_is_not_serving_and_unavailable_while_its_disk_is_full_and_recovers_without_a_restart()
    {
        await using var disk = await SmallTmpfs.MountAsync();
        await using var hub = await HubChild.StartAsync(disk.Path);
        var igate = new Members(hub.Channel).Igate;
        var before = (await igate.Dossiers.ReceiveDossierAsync(Receive("full-1", "H21.FULL-1", Local(11, 3, 8)))).Outcome.Dossier;

        disk.Fill();

        await StoreWatch.HealthBecomesAsync(hub, ServingStatus.NotServing);
        await StoreWatch.AssertStoreUnavailableAsync(
            async () => await igate.Dossiers.ReceiveDossierAsync(Receive("full-2", "H21.FULL-2", Local(11, 3, 9))));

        disk.Free();

        await StoreWatch.HealthBecomesAsync(hub, ServingStatus.Serving);
        var retried = (await igate.Dossiers.ReceiveDossierAsync(Receive("full-2", "H21.FULL-2", Local(11, 3, 9)))).Outcome.Dossier;
        Assert.Equal(DossierStatus.Received, retried.Status);
        Assert.Equal(before.NationalCode, (await igate.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = before.Id })).Dossier.NationalCode);
    }
}
