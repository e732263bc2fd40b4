using System.Globalization;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Sim.FileDrop;
using Interop.Sim.Land;

namespace Interop.Demo;

/// <summary>
/// The land dossier's story (issue 11's demo): a land-use-right dossier received at the commune desk
/// of Diên Hồng, whose one-stop program of the 2010s trades CSV files in TCVN3, is handed over through
/// the hub to the land-registration office of Pleiku and its VBDLIS-style system; the office asks for a
/// supplement, the citizen brings it to the desk, the office resolves the dossier, the desk returns the
/// result. Each step is done where an officer does it (the desk program's database, the land system's
/// screens) and is carried by the adapters alone; the story waits until it shows on the other side.
/// At the end: the hub's control sheet, and the desk's import file of the result in TCVN3.
/// </summary>
public static class LandDossierDemo
{
    public const string Owner = "Nguyễn Thị Hằng";
    public const string SupplementAsked = "Bổ sung bản chính hợp đồng chuyển nhượng đã công chứng";
    public const string ResultNote = "Đã cấp Giấy chứng nhận quyền sử dụng đất";

    public static async Task<int> RunAsync(DemoOptions options, DemoClock clock, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(output);
        await using var systems = await DemoSystems.StartAsync(options, clock, cancellationToken);
        using var story = new Story(options, systems, clock, output);
        using var desk = new DeskProgram(systems, clock, options.FirstReceipt);
        try
        {
            await story.TellAsync(desk, cancellationToken);
            return 0;
        }
        catch (StepTimedOutException stalled)
        {
            await output.WriteLineAsync($"FAILED: {stalled.Message}");
            foreach (var parked in story.Parked())
            {
                await output.WriteLineAsync($"  parked: {parked}");
            }

            return 1;
        }
        finally
        {
            await desk.StopAsync();
        }
    }

    /// <summary>The desk program: its officer's database connection, and its own loop importing and exporting its shared folder.</summary>
    private sealed class DeskProgram : IDisposable
    {
        private readonly DeskStore loopStore;
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;

        public DeskProgram(DemoSystems systems, DemoClock clock, long firstReceipt)
        {
            Officer = DeskStore.Open(systems.DeskDatabase, firstReceipt);
            loopStore = DeskStore.Open(systems.DeskDatabase, firstReceipt);
            var folder = new DeskFolder(systems.DeskShare, fixedWidth: false, LegacyEncoding.Tcvn3, DeskFaults.None);
            loop = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    folder.Import(loopStore, clock.LocalNow());
                    await folder.ExportAsync(loopStore, clock.LocalNow(), stop.Token);
                    await Task.Delay(200, stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            });
        }

        public DeskStore Officer { get; }

        public int StatusOf(string receipt) => Officer.All().Single(d => d.Receipt == receipt).Status;

        public async Task StopAsync()
        {
            await stop.CancelAsync();
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        public void Dispose()
        {
            stop.Dispose();
            Officer.Dispose();
            loopStore.Dispose();
        }
    }

    private sealed class Story(DemoOptions options, DemoSystems systems, DemoClock clock, TextWriter output) : IDisposable
    {
        private readonly HubConnection desk = new(new HubConnectionOptions { Address = options.Hub, DevelopmentToken = options.DeskToken });
        private readonly HubConnection auditor = new(new HubConnectionOptions { Address = options.Hub, DevelopmentToken = options.AuditorToken });
        private readonly LandOfficer landOfficer = new(systems.LandSystem, DemoSystems.LandClientId, DemoSystems.LandClientSecret);

        public async Task TellAsync(DeskProgram deskProgram, CancellationToken cancellationToken)
        {
            var dossiers = new DossierService.DossierServiceClient(desk.Channel);
            async Task<Dossier> HubDossierAsync(string id) => (await desk.CallAsync(call => dossiers.GetDossierAsync(new GetDossierRequest { DossierId = id }, call).ResponseAsync, cancellationToken)).Dossier;

            await SayAsync($"Interop demo: a land dossier from a legacy desk to the land office and back, through the hub at {options.Hub}");
            await SayAsync($"work folder: {systems.Work}");

            clock.MoveTo(0, new TimeOnly(8, 0));
            var receipt = deskProgram.Officer.Receive(
                clock.LocalNow(), DemoSystems.LandProcedure, "TH1", Owner, "052190001234", "12 Trần Hưng Đạo, phường Diên Hồng", "23563",
                "Đăng ký biến động do chuyển nhượng quyền sử dụng đất", "CB01").Receipt;
            await SayAsync($"desk: received {receipt}, owner {Owner}, procedure {DemoSystems.LandProcedure} (status 1)");
            var dossierId = await UntilAsync(() => Task.FromResult(DeskCheckpointDossier(receipt)), "the hub to hold the desk's dossier", cancellationToken);
            var received = await HubDossierAsync(dossierId);
            await SayAsync($"hub: {received.NationalCode} {Wire(received.Status)}, owner \"{received.PersonalData.Owner.Name}\" read from the desk's TCVN3 export ({OwnerBytesInExport()})");

            clock.MoveTo(0, new TimeOnly(8, 30));
            deskProgram.Officer.SetStatus(receipt, 3, "Chuyển Văn phòng đăng ký đất đai", clock.LocalNow(), "desk");
            await SayAsync("desk: handed over to the land office (status 3)");
            var record = await UntilAsync(
                async () => (await HubDossierAsync(dossierId)).Custody.HolderAgency.AgencyId == DemoSystems.LandOffice && await landOfficer.RecordsAsync(receipt, cancellationToken) is [var only] ? only : null,
                "the land system to take the transfer and the hub to record the office's acceptance",
                cancellationToken);
            await SayAsync($"land system: record {record.MaHoSo} for {record.SoBienNhan}; hub: held by {DemoSystems.LandOffice}");

            clock.MoveTo(1, new TimeOnly(9, 0));
            await landOfficer.UpdateAsync(record.MaHoSo, LandCodes.AwaitingSupplement, SupplementAsked, cancellationToken);
            await SayAsync($"land system: supplement asked: {SupplementAsked}");
            await UntilAsync(async () => deskProgram.StatusOf(receipt) == 4 && (await HubDossierAsync(dossierId)).Status == DossierStatus.AwaitingSupplement, "the desk program to show the supplement request (status 4)", cancellationToken);
            await SayAsync($"hub: {Wire(DossierStatus.AwaitingSupplement)}; desk: status 4 imported");

            clock.MoveTo(2, new TimeOnly(10, 0));
            deskProgram.Officer.SetStatus(receipt, 5, "Công dân nộp bản chính hợp đồng", clock.LocalNow(), "desk");
            await SayAsync("desk: the citizen brought the supplement (status 5)");
            await UntilAsync(async () => (await HubDossierAsync(dossierId)).Status == DossierStatus.Processing, "the hub to record the supplement", cancellationToken);
            await SayAsync($"hub: {Wire(DossierStatus.Processing)}");

            clock.MoveTo(4, new TimeOnly(15, 0));
            await landOfficer.UpdateAsync(record.MaHoSo, LandCodes.Finished, ResultNote, cancellationToken);
            await SayAsync($"land system: finished: {ResultNote}");
            await UntilAsync(async () => deskProgram.StatusOf(receipt) == 6 && (await HubDossierAsync(dossierId)).Status == DossierStatus.Resolved, "the desk program to show the result (status 6)", cancellationToken);
            await SayAsync($"hub: {Wire(DossierStatus.Resolved)}; desk: status 6 imported");

            clock.MoveTo(7, new TimeOnly(9, 0));
            deskProgram.Officer.SetStatus(receipt, 7, "Trả kết quả cho công dân", clock.LocalNow(), "desk");
            await SayAsync("desk: result returned to the citizen (status 7)");
            await UntilAsync(async () => (await HubDossierAsync(dossierId)).Status == DossierStatus.Returned, "the hub to record the return", cancellationToken);
            await SayAsync($"hub: {Wire(DossierStatus.Returned)}");

            var audit = new AuditService.AuditServiceClient(auditor.Channel);
            var sheet = await auditor.CallAsync(call => audit.GetControlSheetAsync(new GetControlSheetRequest { DossierId = dossierId }, call).ResponseAsync, cancellationToken);
            await SayAsync("");
            await output.WriteAsync(ControlSheetText.Render(sheet.ControlSheet));
            await SayAsync("");
            var (file, bytes) = ResultFile(receipt);
            await SayAsync($"the desk's import file of the result, {Path.GetRelativePath(systems.DeskShare, file)} ({bytes.Length} bytes, TCVN3), as the desk program reads it:");
            await output.WriteAsync(LegacyTextCodec.Decode(bytes, LegacyEncoding.Tcvn3).Replace("\r\n", "\n", StringComparison.Ordinal));
            await SayAsync($"\"{ResultNote}\" in its bytes: {Hex(LegacyTextCodec.Encode(ResultNote, LegacyEncoding.Tcvn3))}");
        }

        /// <summary>What either adapter parked, for the message of a step that did not happen.</summary>
        public IEnumerable<string> Parked()
        {
            foreach (var path in new[] { systems.FileDropCheckpoint, systems.LandCheckpoint }.Where(File.Exists))
            {
                using var checkpoint = AdapterCheckpoint.Open(path);
                foreach (var parked in checkpoint.ListParked())
                {
                    yield return $"{Path.GetFileName(Path.GetDirectoryName(path))} {parked.RecordId} {parked.Problem.Reason} {parked.Problem.Field}: {parked.Problem.Detail}";
                }
            }
        }

        public void Dispose()
        {
            desk.Dispose();
            auditor.Dispose();
            landOfficer.Dispose();
        }

        // The file-drop adapter's checkpoint maps the desk's receipt number to the hub's dossier.
        private string? DeskCheckpointDossier(string receipt)
        {
            if (!File.Exists(systems.FileDropCheckpoint))
            {
                return null;
            }

            using var checkpoint = AdapterCheckpoint.Open(systems.FileDropCheckpoint);
            return checkpoint.DossierIdOf(receipt);
        }

        private string OwnerBytesInExport()
        {
            var name = LegacyTextCodec.Encode(Owner, LegacyEncoding.Tcvn3);
            var export = Directory.GetFiles(Path.Combine(systems.DeskShare, "xuat")).Order(StringComparer.Ordinal)
                .FirstOrDefault(f => File.ReadAllBytes(f).AsSpan().IndexOf(name) >= 0);
            return export is null ? "its bytes not found in an export file" : $"{Path.GetFileName(export)}: {Hex(name)}";
        }

        private (string File, byte[] Bytes) ResultFile(string receipt)
        {
            var expected = LegacyTextCodec.Encode($"{receipt};6;", LegacyEncoding.Tcvn3);
            return Directory.GetFiles(Path.Combine(systems.DeskShare, "nhap", "da-xu-ly"))
                .Select(f => (f, File.ReadAllBytes(f)))
                .Single(f => f.Item2.AsSpan().IndexOf(expected) >= 0);
        }

        private async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what, CancellationToken cancellationToken)
            where T : class
        {
            var until = DateTime.UtcNow + options.StepTimeout;
            while (DateTime.UtcNow < until)
            {
                if (await probe() is { } done)
                {
                    return done;
                }

                await Task.Delay(100, cancellationToken);
            }

            throw new StepTimedOutException($"waited {options.StepTimeout.TotalSeconds:0} s for {what}");
        }

        private Task<string> UntilAsync(Func<Task<bool>> probe, string what, CancellationToken cancellationToken)
            => UntilAsync(async () => await probe() ? string.Empty : null, what, cancellationToken);

        private async Task SayAsync(string line)
            => await output.WriteLineAsync(line.Length == 0 ? "" : $"[{clock.LocalNow().ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}] {line}");
    }

    private static string Wire(DossierStatus status)
        => typeof(DossierStatus).GetField(status.ToString())!.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false)
            .Cast<Google.Protobuf.Reflection.OriginalNameAttribute>().Single().Name;

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).Chunk(2).Select(c => new string(c)).Aggregate((a, b) => a + " " + b);

    private sealed class StepTimedOutException(string message) : Exception(message);
}
