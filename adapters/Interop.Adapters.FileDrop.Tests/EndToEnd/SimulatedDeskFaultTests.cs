using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Dossier.V1;
using Interop.Sim.FileDrop;
using Microsoft.Extensions.Logging.Abstractions;

namespace Interop.Adapters.FileDrop.Tests.EndToEnd;

/// <summary>The adapter against the simulated desk program with each of its faults on: nothing lost, duplicates absorbed, bad lines parked with a readable reason and taken once the desk fixes them.</summary>
public sealed class SimulatedDeskFaultTests : IDisposable
{
    private const string Desk = "001.01.21.H21";
    private static readonly string[] Owners = ["Nguyễn Thị Hồng Nhung", "Trần Văn Ất", "Lê Thị Ửng", "Phạm Đức Khuê", "Võ Thị Thuỷ"];

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));
    private readonly TempDirectory folder = new("interop-sim-desk-");

    private CancellationToken Ct => timeout.Token;

    [Theory]
    [InlineData(DeskFaults.None, 0)]
    [InlineData(DeskFaults.Partial, 0)]
    [InlineData(DeskFaults.Rewrite, 0)]
    [InlineData(DeskFaults.AltName, 0)]
    [InlineData(DeskFaults.Duplicate, 0)]
    [InlineData(DeskFaults.Malformed, 2)]
    [InlineData(DeskFaults.WrongEncoding, 5)]
    public async Task Every_dossier_reaches_the_hub_once_whatever_the_desk_does_wrong(DeskFaults fault, int parkedFirst)
    {
        await using var hub = await LocalHub.StartAsync();
        using var connection = hub.Connect(LocalHub.DeskToken);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/desk.db"));
        using var store = DeskStore.Open(folder.File("share/desk.db"));
        var options = new FileDropOptions
        {
            Folder = folder.File("share"),
            Site = new DeskSite { DeskAgencyId = Desk, ReturnAgencyId = "000.00.01.H21", ProvinceCode = "52" },
            PollInterval = TimeSpan.FromMilliseconds(50),
            StableFor = TimeSpan.FromMilliseconds(300),
        };
        var watcher = new ExportWatcher(new DeskToHub(connection, checkpoint, options, "file-drop-test"), options, TimeProvider.System, NullLogger<ExportWatcher>.Instance);
        var desk = new DeskFolder(options.Folder, fixedWidth: false, LegacyEncoding.Tcvn3, fault) { PartialPause = TimeSpan.FromMilliseconds(800) };
        var now = DateTime.UtcNow.AddHours(7).AddMinutes(-20);

        // Two exports, so that a rewrite has a file to rewrite and names alternate (and each export's first line is malformed).
        foreach (var owner in Owners[..3])
        {
            store.Receive(now, "1.004227", "TH1", owner, "064090001234", "Thôn 3, xã Ia Grai", "23563", "Đăng ký biến động đất đai", "CB01");
        }

        await ExportWhilePassingAsync(desk, store, watcher, now);
        foreach (var owner in Owners[3..])
        {
            store.Receive(now.AddMinutes(1), "1.004227", "TH1", owner, "", "Tổ 5, phường Diên Hồng", "23563", "Đăng ký biến động đất đai", "CB02");
        }

        await ExportWhilePassingAsync(desk, store, watcher, now.AddMinutes(1));

        Assert.Equal(parkedFirst, checkpoint.ListParked().Count);
        Assert.All(checkpoint.ListParked(), p => Assert.False(string.IsNullOrEmpty(p.Problem.Field)));

        // The desk fixes what was parked (an officer corrects the line; the program writes it again, without the fault).
        var fixedDesk = new DeskFolder(options.Folder, fixedWidth: false, LegacyEncoding.Tcvn3, DeskFaults.None);
        foreach (var parked in checkpoint.ListParked())
        {
            store.SetStatus(parked.RecordId, 1, "Sửa thông tin", now.AddMinutes(2), "desk");
        }

        await ExportWhilePassingAsync(fixedDesk, store, watcher, now.AddMinutes(2));

        Assert.Empty(checkpoint.ListParked());
        var listed = await new DossierService.DossierServiceClient(connection.Channel).ListDossiersAsync(new ListDossiersRequest { AgencyId = Desk }, connection.Headers, cancellationToken: Ct);
        Assert.Equal(store.All().Select(d => d.Receipt), listed.Dossiers.Select(d => d.VendorCode.Code).Order());
        Assert.Equal(Owners.Order(), listed.Dossiers.Select(d => d.PersonalData.Owner.Name).Order());
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private async Task ExportWhilePassingAsync(DeskFolder desk, DeskStore store, ExportWatcher watcher, DateTime now)
    {
        var exporting = desk.ExportAsync(store, now, Ct);
        while (!exporting.IsCompleted)
        {
            await watcher.PassAsync(Ct);
            await Task.Delay(100, Ct);
        }

        await exporting;
        for (var i = 0; i < 6; i++)
        {
            await watcher.PassAsync(Ct);
            await Task.Delay(100, Ct);
        }
    }
}
