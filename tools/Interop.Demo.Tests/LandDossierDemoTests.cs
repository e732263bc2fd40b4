using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Dossier.V1;

namespace Interop.Demo.Tests;

/// <summary>
/// The README's demo, run as README runs it but against a hub of its own on the story's scripted clock
/// (Monday 2 November 2026 to Monday 9 November), so that its control sheet is the same at every run
/// and is asserted literally.
/// </summary>
public sealed class LandDossierDemoTests : IDisposable
{
    private const string ExpectedControlSheet = """
        PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ
        Mã hồ sơ: 001.01.21.H21-261102-0001
        Tiếp nhận: 08:00 02/11/2026   Hẹn trả: 09:00 13/11/2026   Kết quả: trước hạn
        1. Trung tâm Phục vụ hành chính công phường Diên Hồng
           Giao: 08:00 02/11/2026   Nhận: 08:00 02/11/2026 (CB01)
           Hạn xử lý: —   Hoàn thành: 08:30 02/11/2026   Kết quả: —
        2. Chi nhánh Văn phòng đăng ký đất đai khu vực Pleiku
           Bên giao: Trung tâm Phục vụ hành chính công phường Diên Hồng
           Giao: 08:30 02/11/2026 (CB01)   Nhận: 08:30 02/11/2026 (vbdlis)
           Hạn xử lý: 08:30 10/11/2026   Hoàn thành: 15:00 06/11/2026   Kết quả: trước hạn

        """;

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(150));
    private readonly TempDirectory work = new("interop-demo-");

    [Fact]
    public async Task The_land_dossier_goes_from_the_legacy_desk_to_the_land_office_and_back_and_its_control_sheet_is_as_printed()
    {
        var clock = DemoClock.Scripted(new DateOnly(2026, 11, 2));
        await using var hub = await LocalHub.StartAsync(clock);
        using var output = new StringWriter();

        var exit = await LandDossierDemo.RunAsync(new DemoOptions { Hub = hub.Address, Work = work.Path }, clock, output, timeout.Token);

        var printed = output.ToString().ReplaceLineEndings("\n");
        Assert.True(exit == 0, printed);
        var sheetStart = printed.IndexOf("PHIẾU KIỂM SOÁT", StringComparison.Ordinal);
        Assert.True(sheetStart >= 0, printed);
        var sheet = printed[sheetStart..(printed.IndexOf("\n\n", sheetStart, StringComparison.Ordinal) + 1)];
        Assert.Equal(ExpectedControlSheet.ReplaceLineEndings("\n"), sheet);

        // The desk program imported two files, the supplement request and the result, once each; the
        // result's is in TCVN3 and reads back as the land office wrote it.
        var imported = Directory.GetFiles(work.File("desk/share/nhap/da-xu-ly")).Select(File.ReadAllBytes).ToList();
        Assert.Equal(2, imported.Count);
        var result = imported.Select(b => LegacyTextCodec.Decode(b, LegacyEncoding.Tcvn3)).Single(t => t.Contains(";6;", StringComparison.Ordinal));
        Assert.StartsWith("SoBienNhan;TrangThai;NoiDung;NgayCapNhat\r\nBN-2026-000001;6;" + LandDossierDemo.ResultNote + ";06/11/2026 15:00:", result, StringComparison.Ordinal);
        Assert.Contains(imported, b => b.AsSpan().IndexOf(LegacyTextCodec.Encode(LandDossierDemo.ResultNote, LegacyEncoding.Tcvn3)) >= 0);
        Assert.Contains($"owner \"{LandDossierDemo.Owner}\" read from the desk's TCVN3 export", printed, StringComparison.Ordinal);

        // At the hub: received, offered, accepted, supplement asked, supplied, resolved, returned; each once.
        using var checkpoint = AdapterCheckpoint.Open(work.File("file-drop/checkpoint.db"));
        using var desk = hub.Connect(LocalHub.DeskToken);
        var dossier = (await new DossierService.DossierServiceClient(desk.Channel).GetDossierAsync(
            new GetDossierRequest { DossierId = checkpoint.DossierIdOf("BN-2026-000001") }, desk.Headers, cancellationToken: timeout.Token)).Dossier;
        Assert.Equal((DossierStatus.Returned, 7L, LandDossierDemo.Owner), (dossier.Status, dossier.Version, dossier.PersonalData.Owner.Name));
    }

    public void Dispose()
    {
        timeout.Dispose();
        work.Dispose();
    }
}
