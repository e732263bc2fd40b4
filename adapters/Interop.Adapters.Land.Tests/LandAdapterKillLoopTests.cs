using System.Diagnostics;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Protos.Dossier.V1;
using Interop.Sim.Land;

namespace Interop.Adapters.Land.Tests;

/// <summary>
/// The land adapter as its own process, killed with SIGKILL twenty times at random moments while the
/// desk hands 200 dossiers over to the land office and the office's officers ask for a supplement in
/// the land system on each record they see: afterwards the land system (which is not idempotent)
/// holds one record per hand-over, and the hub holds each hand-over accepted once and each of the
/// office's reports once.
/// </summary>
[Trait(TestStage.Name, TestStage.Slow)]
public sealed class LandAdapterKillLoopTests : IDisposable
{
    private const int Dossiers = 200;
    private const int Kills = 20;

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(6));
    private readonly TempDirectory folder = new("interop-kill-land-");

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task Killed_twenty_times_the_adapter_neither_loses_nor_repeats_a_transfer_an_acceptance_or_a_report()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        await using var landSystem = await RunningLand.StartAsync(folder.File("land-system.db"), ["--Land:Faults:LatencyMs=5"], Ct);
        var config = folder.File("land.json");
        File.WriteAllText(config, $$"""
            {
              "Hub": { "Address": "{{hub.Address}}", "DevelopmentToken": "{{LocalHub.LandOfficeToken}}", "Retry": { "FirstBackoff": "00:00:00.050", "MaxBackoff": "00:00:00.500" } },
              "Adapter": { "Name": "land-kill", "Checkpoint": "state/land.db", "Agencies": [ "{{DeskSide.LandOffice}}" ] },
              "Land": { "Address": "{{landSystem.Address}}", "ClientId": "interop", "ClientSecret": "bi-mat", "AgencyId": "{{DeskSide.LandOffice}}", "CallTimeout": "00:00:02", "PollInterval": "00:00:00.100" }
            }
            """);
        var dossiers = new Dictionary<string, string>();
        var asked = new HashSet<string>();

        var killing = AdapterProcess.KillLoopAsync("Interop.Adapters.Land.dll", config, Kills, new Random(20261202), Ct);
        for (var batch = 0; batch < 10; batch++)
        {
            foreach (var i in Enumerable.Range(batch * (Dossiers / 10), Dossiers / 10))
            {
                var receipt = $"BN-2026-{i + 1:D6}";
                dossiers[receipt] = await DeskSide.ReceiveAndOfferAsync(desk, receipt, Ct);
            }

            await OfficersAskForSupplementsAsync(landSystem, asked);
            await Task.Delay(500, Ct);
        }

        await killing;
        // The killed adapters did work (each was killed wherever it was, a random while after its host started).
        var beforeLast = (await landSystem.AllRecordsAsync(Ct)).Count;
        Assert.True(beforeLast > 0, $"{beforeLast} transfers before the last start");
        using var last = StartAdapter(config);
        try
        {
            await Wait.UntilAsync(
                async () =>
                {
                    await OfficersAskForSupplementsAsync(landSystem, asked);
                    return asked.Count == Dossiers && (await ListAsync(desk)).All(d => d.Status == DossierStatus.AwaitingSupplement);
                },
                "every hand-over in the land system and every supplement request at the hub",
                timeout: TimeSpan.FromMinutes(2),
                interval: TimeSpan.FromMilliseconds(500),
                detail: () => Progress(folder.File("state/land.db"), asked.Count));
            await Task.Delay(1_000, Ct);
        }
        finally
        {
            last.Kill(entireProcessTree: true);
        }

        // The land system: one record per hand-over, none twice.
        var records = await landSystem.AllRecordsAsync(Ct);
        Assert.Equal(dossiers.Keys.Order(), records.Select(r => r.SoBienNhan).Order());
        // The hub: received, offered, accepted once, the supplement requested once.
        var atHub = await ListAsync(desk);
        Assert.Equal(Dossiers, atHub.Count);
        Assert.All(atHub, d => Assert.Equal((DossierStatus.AwaitingSupplement, 4L, DeskSide.LandOffice), (d.Status, d.Version, d.Custody.HolderAgency.AgencyId)));
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private static string Progress(string checkpointFile, int asked)
    {
        using var checkpoint = Sdk.Checkpoint.AdapterCheckpoint.Open(checkpointFile);
        var parked = string.Join("; ", checkpoint.ListParked().Select(p => $"{p.RecordId} {p.Problem.Reason} {p.Problem.Detail}"));
        return $"{asked} asked in the land system; inbox processed {checkpoint.Progress(DeskSide.LandOffice).Processed}; feed at {checkpoint.Cursor(LandFeed.Cursor)}; parked: {parked}";
    }

    /// <summary>The land office's officers ask, in the land system, for a supplement on every record they have not asked on yet.</summary>
    private async Task OfficersAskForSupplementsAsync(RunningLand landSystem, HashSet<string> asked)
    {
        foreach (var record in (await landSystem.AllRecordsAsync(Ct)).Where(r => !asked.Contains(r.SoBienNhan)))
        {
            await landSystem.PostAsync($"api/v1/ho-so/{record.MaHoSo}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu sơ đồ thửa đất" }, Ct);
            asked.Add(record.SoBienNhan);
        }
    }

    private static Process StartAdapter(string config) => AdapterProcess.Start("Interop.Adapters.Land.dll", config).Process;

    private Task<List<Dossier>> ListAsync(HubConnection connection) => AdapterProcess.ListAsync(connection, DeskSide.Desk, Ct);
}
