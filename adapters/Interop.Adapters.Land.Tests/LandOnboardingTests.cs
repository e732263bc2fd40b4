using Interop.Adapters.Sdk.Hosting;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Protos.Dossier.V1;
using Interop.Sim.Land;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Interop.Adapters.Land.Tests;

/// <summary>
/// Switching the land office on: 500 records in flight in the land system, transferred before the
/// hub (a third of them awaiting a supplement), and their dossiers imported at the hub by the desk's
/// onboarding with their hand-overs to the office. The dry run lists what the adapter would adopt;
/// its first start adopts each record instead of sending it again, imports its state, passes the land
/// system's history over, and a report made afterwards reaches the hub.
/// </summary>
[Trait(TestStage.Name, TestStage.Slow)]
public sealed class LandOnboardingTests : IDisposable
{
    private const int InFlight = 500;
    private const int NotAtHub = 5;

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(3));
    private readonly TempDirectory folder = new("interop-land-onboarding-");

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task The_first_start_adopts_the_records_in_flight_with_their_state_and_sends_none_again()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        await using var landSystem = await RunningLand.StartAsync(folder.File("land-system.db"), [], Ct);
        var options = new LandOptions { Address = landSystem.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = DeskSide.LandOffice };
        using var http = new HttpClient { BaseAddress = landSystem.Address };
        using var land = new LandClient(http, options);

        // Before the hub: the desk's software transferred each by hand; the office asked for a supplement on every third.
        var importedAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).AddDays(-10);
        var records = new Dictionary<string, string>();
        for (var i = 0; i < InFlight + NotAtHub; i++)
        {
            var receipt = $"BN-2025-{i + 1:D6}";
            records[receipt] = await land.TransferOnceAsync(new LandTransfer(receipt, "cb-01", "", 1, false, "Chuyển VPĐKĐĐ", importedAt.AddHours(2).ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), 10, [], ""), Ct);
            if (i % 3 == 0)
            {
                await landSystem.PostAsync($"api/v1/ho-so/{records[receipt]}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = $"Thiếu sơ đồ thửa đất {i}" }, Ct);
            }
        }

        // The desk's onboarding imported the first 500 at the hub, each offered to the office.
        var dossiers = new Dictionary<string, string>();
        foreach (var receipt in records.Keys.Take(InFlight))
        {
            dossiers[receipt] = await DeskSide.ReceiveAndOfferAsync(desk, receipt, importedAt, Ct);
        }

        var config = folder.File("land.json");
        File.WriteAllText(config, $$"""
            {
              "Hub": { "Address": "{{hub.Address}}", "DevelopmentToken": "{{LocalHub.LandOfficeToken}}" },
              "Adapter": { "Name": "land-onboarding", "Checkpoint": "state/land.db", "Agencies": [ "{{DeskSide.LandOffice}}" ] },
              "Land": { "Address": "{{landSystem.Address}}", "ClientId": "interop", "ClientSecret": "bi-mat", "AgencyId": "{{DeskSide.LandOffice}}", "PollInterval": "00:00:00.200" }
            }
            """);
        using var dryRun = new StringWriter();
        Assert.Equal(0, await LandAdapter.OnboardingDryRunAsync(["--config", config], dryRun));
        var printed = dryRun.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{InFlight} to adopt, {NotAtHub} unknown (their later reports would be parked LAND_UNKNOWN_RECEIPT)", printed[^1]);
        Assert.StartsWith($"adopt\t{records["BN-2025-000001"]}\tBN-2025-000001\t2\t001.01.21.H21-", printed[0], StringComparison.Ordinal);

        var builder = LandAdapter.CreateBuilder(["--config", config]);
        builder.Services.RemoveAll<Microsoft.Extensions.Logging.ILoggerProvider>();
        await using (var app = AdapterHost.Build(builder))
        {
            await app.StartAsync(Ct);
            await Wait.UntilAsync(
                async () => (await AdapterProcess.ListAsync(desk, DeskSide.Desk, Ct)).Count(d => d.Custody.HolderAgency.AgencyId == DeskSide.LandOffice && d.Version >= 3) == InFlight,
                "every imported hand-over accepted by the adapter",
                timeout: TimeSpan.FromMinutes(2),
                interval: TimeSpan.FromMilliseconds(500));
            await Wait.UntilAsync(
                async () => (await AdapterProcess.ListAsync(desk, DeskSide.Desk, Ct)).Count(d => d.Status == DossierStatus.AwaitingSupplement) == (InFlight + 2) / 3,
                "every adopted supplement request at the hub",
                timeout: TimeSpan.FromMinutes(1));

            // Nothing was sent again: the land system still holds one record per receipt.
            Assert.Equal(InFlight + NotAtHub, (await land.RecordsAsync(null, Ct)).Count);
            var atHub = (await AdapterProcess.ListAsync(desk, DeskSide.Desk, Ct)).ToDictionary(d => d.VendorCode.Code);
            for (var i = 0; i < InFlight; i++)
            {
                var dossier = atHub[$"BN-2025-{i + 1:D6}"];
                var expected = i % 3 == 0 ? (DossierStatus.AwaitingSupplement, 4L) : (DossierStatus.Processing, 3L);
                Assert.Equal(expected, (dossier.Status, dossier.Version));
            }

            Assert.Equal("Thiếu sơ đồ thửa đất 0", atHub["BN-2025-000001"].Supplements.Single().Reason);

            // Afterwards the office finishes one in its system: the report reaches the hub.
            await landSystem.PostAsync($"api/v1/ho-so/{records["BN-2025-000002"]}/cap-nhat", new { MaTrangThai = LandCodes.Finished, NoiDungXuLy = "Đã cấp giấy chứng nhận" }, Ct);
            await Wait.UntilAsync(async () => (await DeskSide.GetAsync(desk, dossiers["BN-2025-000002"], Ct)).Status == DossierStatus.Resolved, "the report of an adopted record at the hub");
            await app.StopAsync(Ct);
        }
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }
}
