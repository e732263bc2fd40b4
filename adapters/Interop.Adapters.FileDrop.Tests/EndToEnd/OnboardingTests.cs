using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using Interop.Sim.FileDrop;
using Microsoft.Extensions.Logging.Abstractions;

namespace Interop.Adapters.FileDrop.Tests.EndToEnd;

/// <summary>The first start imports the desk's 500 dossiers in flight from its full export, as the desk had them; the export watcher then appends none of them again (and parks the closed ones it sees), and a hand-over of one succeeds.</summary>
public sealed class OnboardingTests : IDisposable
{
    private const string Desk = "001.01.21.H21";
    private const string LandOffice = "000.12.21.H21";
    private const int InFlight = 500;

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(3));
    private readonly TempDirectory folder = new("interop-onboarding-");

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task Five_hundred_dossiers_in_flight_are_imported_with_their_states_and_appointments_and_a_hand_over_succeeds_afterwards()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var land = hub.Connect(LocalHub.LandOfficeToken);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/desk.db"));
        using var store = DeskStore.Open(folder.File("share/desk.db"));
        var options = new FileDropOptions
        {
            Folder = folder.File("share"),
            Site = new DeskSite { DeskAgencyId = Desk, ReturnAgencyId = "000.00.01.H21", ProvinceCode = "52" },
            HandOverTo = new Dictionary<string, string> { ["1.004227"] = LandOffice },
            PollInterval = TimeSpan.FromMilliseconds(50),
            StableFor = TimeSpan.FromMilliseconds(150),
        };
        int[] statuses = [1, 2, 3, 4, 5];
        var since = new DateTime(2025, 11, 3, 8, 0, 0);
        for (var i = 0; i < InFlight + 20; i++)
        {
            var received = since.AddMinutes(i * 7);
            var dossier = store.Receive(received, "1.004227", "TH1", $"Nguyễn Văn Thành {i}", "064090001234", "Thôn 3, xã Ia Grai", "23563", "Đăng ký biến động đất đai", "CB01", appointment: received.Date.AddDays(20));
            var status = i < InFlight ? statuses[i % statuses.Length] : 7;
            if (status != 1)
            {
                store.SetStatus(dossier.Receipt, status, "", received.AddHours(2), "desk");
            }
        }

        var deskFolder = new DeskFolder(options.Folder, fixedWidth: false, LegacyEncoding.Tcvn3, DeskFaults.None);
        var full = DeskFile.Read(await File.ReadAllBytesAsync(await deskFolder.ExportAllAsync(store, DateTime.UtcNow.AddHours(7), Ct), Ct), options.Layout, options.Encoding);
        var onboarding = new Onboarding(desk, checkpoint, options, "file-drop-test");

        var dry = await onboarding.RunAsync(full, dryRun: true, Ct);
        Assert.Equal((InFlight, 20, 0), (dry.Imported, dry.Skipped, dry.Parked));
        Assert.Empty(await AllAsync(desk));
        Assert.False(onboarding.IsDone);

        var report = await onboarding.RunAsync(full, dryRun: false, Ct);

        Assert.Equal((InFlight, 20, 0), (report.Imported, report.Skipped, report.Parked));
        Assert.True(onboarding.IsDone);
        var atHub = (await AllAsync(desk)).ToDictionary(d => d.VendorCode.Code);
        Assert.Equal(InFlight, atHub.Count);
        foreach (var dossier in store.All().Where(d => d.Status != 7))
        {
            var imported = atHub[dossier.Receipt];
            var (status, version) = dossier.Status switch
            {
                3 => (DossierStatus.Processing, 2L),
                4 => (DossierStatus.AwaitingSupplement, 2L),
                5 => (DossierStatus.Received, 3L),
                _ => (DossierStatus.Received, 1L),
            };
            Assert.Equal((status, version), (imported.Status, imported.Version));
            var appointment = new DateTimeOffset(dossier.Appointment!.Value.AddHours(17), TimeSpan.FromHours(7));
            Assert.Equal(appointment, imported.Clock.Appointment.ToDateTimeOffset());
        }

        // The desk's normal exports of the same dossiers append nothing again.
        var watcher = new ExportWatcher(new DeskToHub(desk, checkpoint, options, "file-drop-test"), options, TimeProvider.System, NullLogger<ExportWatcher>.Instance);
        await deskFolder.ExportAsync(store, DateTime.UtcNow.AddHours(7), Ct);
        for (var i = 0; i < 4; i++)
        {
            await watcher.PassAsync(Ct);
            await Task.Delay(200, Ct);
        }

        // The 500 were appended by the onboarding; the 20 closed ones, received weeks ago, the hub refuses as a
        // new reception (claimed time out of bounds): parked, for an operator to drop.
        Assert.Equal(0, watcher.Appended);
        Assert.Equal(InFlight, (await AllAsync(desk)).Count);
        Assert.Equal(20, checkpoint.ListParked().Count);
        Assert.All(checkpoint.ListParked(), p => Assert.Equal("CLAIMED_TIME_OUT_OF_BOUNDS", p.Problem.Reason));

        // The land office takes over one of the imported hand-overs.
        var offered = atHub.Values.First(d => d.Version == 2 && d.Status == DossierStatus.Processing);
        var accepted = await new DossierService.DossierServiceClient(land.Channel).AcceptHandoverAsync(
            new AcceptHandoverRequest
            {
                Context = new CommandContext { RequestId = "accept-1", ActingAgencyId = LandOffice, Officer = new Officer { Id = "vp-01" }, Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "tests" } },
                DossierId = offered.Id,
            },
            land.Headers,
            cancellationToken: Ct);
        Assert.Equal(LandOffice, accepted.Outcome.Dossier.Custody.HolderAgency.AgencyId);
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private Task<List<Dossier>> AllAsync(Sdk.Hub.HubConnection connection) => AdapterProcess.ListAsync(connection, Desk, Ct);
}
