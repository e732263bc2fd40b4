using System.Diagnostics;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using Interop.Sim.FileDrop;

namespace Interop.Adapters.FileDrop.Tests.EndToEnd;

/// <summary>
/// The file-drop adapter as its own process, killed with SIGKILL twenty times at random moments while
/// the simulated desk exports 200 dossiers and hands some over and the land office asks for
/// supplements: afterwards the hub holds each dossier and event once, and the desk program (which is
/// not idempotent) holds each supplement request once.
/// </summary>
[Trait(TestStage.Name, TestStage.Slow)]
public sealed class AdapterKillLoopTests : IDisposable
{
    private const string Desk = "001.01.21.H21";
    private const string LandOffice = "000.12.21.H21";
    private const int Dossiers = 200;
    private const int Kills = 20;

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(6));
    private readonly TempDirectory folder = new("interop-kill-desk-");

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task Killed_twenty_times_the_adapter_neither_loses_nor_repeats_an_effect_on_either_side()
    {
        await using var hub = await LocalHub.StartAsync();
        using var land = hub.Connect(LocalHub.LandOfficeToken);
        using var deskHub = hub.Connect(LocalHub.DeskToken);
        var config = folder.File("file-drop.json");
        File.WriteAllText(config, $$"""
            {
              "Hub": { "Address": "{{hub.Address}}", "DevelopmentToken": "{{LocalHub.DeskToken}}", "Retry": { "FirstBackoff": "00:00:00.050", "MaxBackoff": "00:00:00.500" } },
              "Adapter": { "Name": "file-drop-kill", "Checkpoint": "state/file-drop.db", "Agencies": [ "{{Desk}}" ] },
              "FileDrop": {
                "Folder": "share", "Layout": "Csv", "Encoding": "Tcvn3",
                "Site": { "DeskAgencyId": "{{Desk}}", "ReturnAgencyId": "000.00.01.H21", "ProvinceCode": "52" },
                "HandOverTo": { "1.004227": "{{LandOffice}}" },
                "PollInterval": "00:00:00.100", "StableFor": "00:00:00.300"
              }
            }
            """);
        using var store = DeskStore.Open(folder.File("share/desk.db"));
        var desk = new DeskFolder(folder.File("share"), fixedWidth: false, LegacyEncoding.Tcvn3, DeskFaults.Duplicate | DeskFaults.AltName) { PartialPause = TimeSpan.Zero };
        var handedOver = new List<string>();
        var start = DateTime.UtcNow.AddHours(7).AddMinutes(-30);

        var killing = AdapterProcess.KillLoopAsync("Interop.Adapters.FileDrop.dll", config, Kills, new Random(20251202), Ct);
        for (var batch = 0; batch < 10; batch++)
        {
            var now = start.AddMinutes(batch);
            var received = Enumerable.Range(0, Dossiers / 10).Select(i => store.Receive(now, "1.004227", "TH1", $"Nguyễn Văn Thành {batch}-{i}", "064090001234", "Thôn 3, xã Ia Grai", "23563", "Đăng ký biến động đất đai", "CB01")).ToList();
            desk.Import(store, now);
            await desk.ExportAsync(store, now, Ct);
            await Task.Delay(300, Ct);
            foreach (var dossier in received.Take(3))
            {
                store.SetStatus(dossier.Receipt, 3, "Chuyển VPĐKĐĐ", now.AddSeconds(30), "desk");
                handedOver.Add(dossier.Receipt);
            }

            await desk.ExportAsync(store, now.AddSeconds(30), Ct);
            await LandOfficeAsksForSupplementsAsync(land, deskHub, handedOver);
            desk.Import(store, now.AddSeconds(40));
            await Task.Delay(400, Ct);
        }

        await killing;
        using var last = StartAdapter(config);
        try
        {
            await Wait.UntilAsync(
                async () =>
                {
                    await LandOfficeAsksForSupplementsAsync(land, deskHub, handedOver);
                    desk.Import(store, DateTime.UtcNow.AddHours(7));
                    return (await AllAsync(deskHub)).Count == Dossiers && handedOver.All(r => store.History(r).Any(h => h.Status == 4));
                },
                "every dossier at the hub and every supplement request at the desk",
                timeout: TimeSpan.FromMinutes(2),
                interval: TimeSpan.FromMilliseconds(500));
            await Task.Delay(1_000, Ct);
            desk.Import(store, DateTime.UtcNow.AddHours(7));
        }
        finally
        {
            last.Kill(entireProcessTree: true);
        }

        var atHub = await AllAsync(deskHub);
        Assert.Equal(store.All().Select(d => d.Receipt).Order(), atHub.Select(d => d.VendorCode.Code).Order());
        Assert.All(atHub.Where(d => !handedOver.Contains(d.VendorCode.Code)), d => Assert.Equal(1, d.Version));
        // Received, offered, accepted, supplement requested: each once.
        Assert.All(atHub.Where(d => handedOver.Contains(d.VendorCode.Code)), d => Assert.Equal(4, d.Version));
        Assert.All(handedOver, receipt => Assert.Single(store.History(receipt), h => h.Status == 4));
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private static Process StartAdapter(string config) => AdapterProcess.Start("Interop.Adapters.FileDrop.dll", config).Process;

    private Task<List<Dossier>> AllAsync(Sdk.Hub.HubConnection desk) => AdapterProcess.ListAsync(desk, Desk, Ct);

    /// <summary>The land office accepts every hand-over offered to it and asks for a supplement, once per dossier (its request ids are its own).</summary>
    private async Task LandOfficeAsksForSupplementsAsync(Sdk.Hub.HubConnection land, Sdk.Hub.HubConnection desk, List<string> handedOver)
    {
        var client = new DossierService.DossierServiceClient(land.Channel);
        foreach (var dossier in (await AllAsync(desk)).Where(d => handedOver.Contains(d.VendorCode.Code) && d.Version == 2))
        {
            await client.AcceptHandoverAsync(new AcceptHandoverRequest { Context = Context("accept-" + dossier.Id), DossierId = dossier.Id }, land.Headers, cancellationToken: Ct);
            await client.RequestSupplementAsync(new RequestSupplementRequest { Context = Context("supplement-" + dossier.Id), DossierId = dossier.Id, Reason = "Thiếu sơ đồ thửa đất" }, land.Headers, cancellationToken: Ct);
        }
    }

    private static CommandContext Context(string requestId) => new()
    {
        RequestId = requestId,
        ActingAgencyId = LandOffice,
        Officer = new Officer { Id = "vp-01", Name = "Nguyễn Văn Hải" },
        Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "tests" },
    };
}
