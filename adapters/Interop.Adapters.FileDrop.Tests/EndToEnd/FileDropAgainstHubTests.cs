using System.Text;
using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Inbox;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using Microsoft.Extensions.Logging.Abstractions;

namespace Interop.Adapters.FileDrop.Tests.EndToEnd;

/// <summary>The file-drop adapter's parts on a real folder against the real hub: the desk's exports reach the hub once, the hub's answers reach the desk as import files.</summary>
public sealed class FileDropAgainstHubTests : IDisposable
{
    private const string Desk = "001.01.21.H21";
    private const string LandOffice = "000.12.21.H21";

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));
    private readonly TempDirectory folder = new("interop-file-drop-");

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task Exports_written_in_goes_rewritten_in_place_and_repeated_reach_the_hub_once_and_a_line_in_the_wrong_encoding_is_parked()
    {
        await using var hub = await LocalHub.StartAsync();
        using var connection = hub.Connect(LocalHub.DeskToken);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/desk.db"));
        var options = Options();
        var watcher = new ExportWatcher(new DeskToHub(connection, checkpoint, options, "file-drop-test"), options, TimeProvider.System, NullLogger<ExportWatcher>.Instance);
        var first = Line("BN-2025-000001", "Nguyễn Thị Hồng Nhung", DeskStatus.Received, 0);
        var second = Line("BN-2025-000002", "Trần Văn Ất", DeskStatus.Received, 0);
        var export = Path.Combine(options.ExportFolder, "HS_02122025_080000.csv");
        Directory.CreateDirectory(options.ExportFolder);

        // The software writes the file in two goes: half a line is not read.
        var bytes = DeskFile.Write([first, second], DeskFileLayout.Csv, LegacyEncoding.Tcvn3);
        await File.WriteAllBytesAsync(export, bytes[..(bytes.Length - 20)], Ct);
        await PassesAsync(watcher, 3);
        Assert.Equal(0, watcher.Appended);
        await File.WriteAllBytesAsync(export, bytes, Ct);
        await PassesAsync(watcher, 3);
        Assert.Equal(2, watcher.Appended);

        // Rewritten in place with the first handed over, the line twice; a second file repeats a line, another is in VNI.
        await File.WriteAllBytesAsync(export, DeskFile.Write([first with { Status = DeskStatus.HandedOver, Updated = first.Updated.AddMinutes(5) }, first with { Status = DeskStatus.HandedOver, Updated = first.Updated.AddMinutes(5) }, second], DeskFileLayout.Csv, LegacyEncoding.Tcvn3), Ct);
        File.SetLastWriteTimeUtc(export, DateTime.UtcNow.AddSeconds(1));
        await File.WriteAllBytesAsync(Path.Combine(options.ExportFolder, "HS20251202_0900.csv"), DeskFile.Write([second, Line("BN-2025-000003", "Lê Thị Ửng", DeskStatus.Received, 0)], DeskFileLayout.Csv, LegacyEncoding.Vni), Ct);
        await PassesAsync(watcher, 4);

        Assert.True(watcher.Appended == 3, $"appended {watcher.Appended}, parked: " + string.Join("; ", checkpoint.ListParked().Select(p => $"{p.RecordId} {p.Problem.Reason} {p.Problem.Field} {p.Problem.Detail}")));
        // The VNI file's line of BN-2025-000002 was parked, then settled by the same receipt read in TCVN3; BN-2025-000003 stays parked.
        var parked = Assert.Single(checkpoint.ListParked());
        Assert.Equal(("BN-2025-000003", "HoTenChuHoSo"), (parked.RecordId, parked.Problem.Field));
        Assert.Contains(parked.Problem.Reason, new[] { LegacyTextException.WrongEncoding, LegacyTextException.NotDecodable });
        var dossiers = new DossierService.DossierServiceClient(connection.Channel);
        var listed = await dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = Desk }, connection.Headers, cancellationToken: Ct);
        Assert.Equal(["BN-2025-000001", "BN-2025-000002"], listed.Dossiers.Select(d => d.VendorCode.Code).Order());
        var handedOver = await dossiers.GetDossierAsync(new GetDossierRequest { DossierId = checkpoint.DossierIdOf("BN-2025-000001")! }, connection.Headers, cancellationToken: Ct);
        Assert.Equal(2, handedOver.Dossier.Version);
        Assert.Equal("Nguyễn Thị Hồng Nhung", handedOver.Dossier.PersonalData.Owner.Name);
    }

    [Fact]
    public async Task A_supplement_requested_at_the_land_office_reaches_the_desk_as_an_import_file_in_its_encoding_once()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var land = hub.Connect(LocalHub.LandOfficeToken);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/desk.db"));
        var options = Options();
        var watcher = new ExportWatcher(new DeskToHub(desk, checkpoint, options, "file-drop-test"), options, TimeProvider.System, NullLogger<ExportWatcher>.Instance);
        var record = Line("BN-2025-000009", "Phạm Văn Đức", DeskStatus.HandedOver, 0);
        Directory.CreateDirectory(options.ExportFolder);
        await File.WriteAllBytesAsync(Path.Combine(options.ExportFolder, "HS_02122025_080000.csv"), DeskFile.Write([record], DeskFileLayout.Csv, LegacyEncoding.Tcvn3), Ct);
        await PassesAsync(watcher, 3);
        Assert.True(checkpoint.ListParked().Count == 0, string.Join("; ", checkpoint.ListParked().Select(p => $"{p.Problem.Reason} {p.Problem.Field} {p.Problem.Detail}")));
        Assert.Equal(2, watcher.Appended);
        var dossierId = checkpoint.DossierIdOf("BN-2025-000009")!;
        var landOffice = new DossierService.DossierServiceClient(land.Channel);
        var land1 = Context("land-accept");
        await landOffice.AcceptHandoverAsync(new AcceptHandoverRequest { Context = land1, DossierId = dossierId }, land.Headers, cancellationToken: Ct);
        await landOffice.RequestSupplementAsync(new RequestSupplementRequest { Context = Context("land-supplement"), DossierId = dossierId, Reason = "Thiếu bản sao giấy chứng nhận", Content = "Bổ sung sơ đồ thửa đất" }, land.Headers, cancellationToken: Ct);

        var follower = new InboxFollower(desk, checkpoint, Desk, new DeskInboxWriter(options, checkpoint), NullLogger.Instance);
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct))
        {
            var running = follower.RunAsync(stop.Token);
            await Wait.UntilAsync(() => Directory.Exists(options.ImportFolder) && Directory.GetFiles(options.ImportFolder, "KQ_*.csv").Length == 1, "the import file", timeout: TimeSpan.FromSeconds(5), detail: () => $"written {follower.Counts.Written} own {follower.Counts.Own} dup {follower.Counts.Duplicates} progress {checkpoint.Progress(Desk)} parked {checkpoint.ListParked().Count}");
            await Wait.UntilAsync(() => checkpoint.Progress(Desk).Processed >= 4, "the desk's inbox processed");
            await stop.CancelAsync();
            await running;
        }

        var file = Assert.Single(Directory.GetFiles(options.ImportFolder, "KQ_*.csv"));
        var lines = Encoding.Latin1.GetString(File.ReadAllBytes(file)).Split("\r\n");
        Assert.Equal(DeskUpdate.Header, lines[0]);
        var fields = lines[1].Split(';');
        Assert.Equal(("BN-2025-000009", "4"), (fields[0], fields[1]));
        Assert.Equal("Thiếu bản sao giấy chứng nhận: Bổ sung sơ đồ thửa đất", LegacyTextCodec.Decode(Encoding.Latin1.GetBytes(fields[2]), LegacyEncoding.Tcvn3));
    }

    [Theory]
    [InlineData(DeskStatus.Refused, DossierStatus.Refused)]
    [InlineData(DeskStatus.Withdrawn, DossierStatus.Withdrawn)]
    public async Task A_refusal_or_withdrawal_at_the_desk_closes_the_dossier_at_the_hub(DeskStatus desk, DossierStatus closed)
    {
        await using var hub = await LocalHub.StartAsync();
        using var connection = hub.Connect(LocalHub.DeskToken);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/desk.db"));
        var options = Options();
        var watcher = new ExportWatcher(new DeskToHub(connection, checkpoint, options, "file-drop-test"), options, TimeProvider.System, NullLogger<ExportWatcher>.Instance);
        Directory.CreateDirectory(options.ExportFolder);
        await File.WriteAllBytesAsync(Path.Combine(options.ExportFolder, "HS_1.csv"), DeskFile.Write([Line("BN-2025-000010", "Đỗ Thị Lan", desk, 0)], DeskFileLayout.Csv, LegacyEncoding.Tcvn3), Ct);

        await PassesAsync(watcher, 3);

        Assert.Equal((2, 0), (watcher.Appended, checkpoint.ListParked().Count));
        var dossier = await new DossierService.DossierServiceClient(connection.Channel).GetDossierAsync(new GetDossierRequest { DossierId = checkpoint.DossierIdOf("BN-2025-000010")! }, connection.Headers, cancellationToken: Ct);
        Assert.Equal(closed, dossier.Dossier.Status);
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private FileDropOptions Options() => new()
    {
        Folder = folder.File("share"),
        Site = new DeskSite { DeskAgencyId = Desk, ReturnAgencyId = "000.00.01.H21", ProvinceCode = "52" },
        HandOverTo = new Dictionary<string, string> { ["1.004227"] = LandOffice },
        PollInterval = TimeSpan.FromMilliseconds(50),
        StableFor = TimeSpan.FromMilliseconds(150),
    };

    private static DeskRecord Line(string receipt, string owner, DeskStatus status, int minutes)
    {
        var received = DateTime.UtcNow.AddHours(7).AddMinutes(-30 + minutes);
        received = new DateTime(received.Year, received.Month, received.Day, received.Hour, received.Minute, 0);
        return new DeskRecord(receipt, received, null, "1.004227", "TH1", owner, "064090001234", "Thôn 3, xã Ia Grai", "23563",
            "Đăng ký biến động do chuyển nhượng thửa đất", "CB01", status, received.AddMinutes(1));
    }

    private static CommandContext Context(string requestId) => new()
    {
        RequestId = requestId,
        ActingAgencyId = LandOffice,
        Officer = new Officer { Id = "vp-01", Name = "Nguyễn Văn Hải" },
        Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "tests" },
    };

    private async Task PassesAsync(ExportWatcher watcher, int passes)
    {
        for (var i = 0; i < passes; i++)
        {
            await watcher.PassAsync(Ct);
            await Task.Delay(200, Ct);
        }
    }
}
