using Interop.Protos.Dossier.V1;
using static Grpc.Health.V1.HealthCheckResponse.Types;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.StoreHealth;

/// <summary>
/// STANDARD.md GEN-2 and ERR-4 on a real read-only file system: after the kernel turns the store's
/// ext4 file system read-only on an error, the hub answers NOT_SERVING and refuses mutations with
/// UNAVAILABLE STORE_UNAVAILABLE; once the operator has mounted the file system again it serves,
/// writes and reads what it writes, in the same process.
/// </summary>
public sealed class StoreOnReadOnlyDiskTests
{
    [Fact]
    public async Task Hub_is_not_serving_and_unavailable_while_its_disk_is_read_only_and_recovers_without_a_restart()
    {
        await using var disk = await Ext4OnLoop.MountAsync();
        await using var hub = await HubChild.StartAsync(disk.Path);
        var igate = new Members(hub.Channel).Igate;
        var before = (await igate.Dossiers.ReceiveDossierAsync(Receive("ro-1", "H21.RO-1", Local(11, 3, 8)))).Outcome.Dossier;

        await disk.FailAsync();

        await StoreWatch.HealthBecomesAsync(hub, ServingStatus.NotServing);
        await StoreWatch.AssertStoreUnavailableAsync(
            async () => await igate.Dossiers.ReceiveDossierAsync(Receive("ro-2", "H21.RO-2", Local(11, 3, 9))));

        await disk.RepairAsync();

        await StoreWatch.HealthBecomesAsync(hub, ServingStatus.Serving);
        var after = (await igate.Dossiers.ReceiveDossierAsync(Receive("ro-2", "H21.RO-2", Local(11, 3, 9)))).Outcome.Dossier;
        var offered = (await igate.Dossiers.OfferHandoverAsync(
            new OfferHandoverRequest { Context = Context("ro-3", Members.Desk, Local(11, 3, 10)), DossierId = after.Id, ToAgencyId = Members.Land })).Outcome.Dossier;
        Assert.Equal(DossierStatus.Processing, offered.Status);
        Assert.Equal(before.NationalCode, (await igate.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = before.Id })).Dossier.NationalCode);
    }
}
