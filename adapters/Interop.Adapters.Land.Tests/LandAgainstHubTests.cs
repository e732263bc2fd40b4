using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hosting;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Protos.Dossier.V1;
using Interop.Sim.Land;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Interop.Adapters.Land.Tests;

/// <summary>The land adapter's parts between the real hub and the simulated land system, each on loopback, with the land system's faults on.</summary>
public sealed class LandAgainstHubTests : IDisposable
{
    private const string Desk = "001.01.21.H21";
    private const string LandOffice = "000.12.21.H21";

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));
    private readonly TempDirectory folder = new("interop-land-");

    private CancellationToken Ct => timeout.Token;

    [Theory]
    [InlineData("no faults")]
    [InlineData("--Land:Faults:ErrorRate=0.3")]
    [InlineData("--Land:Faults:TimeoutRate=0.3")]
    [InlineData("--Land:Faults:DuplicateRate=1")]
    [InlineData("--Land:TokenLifetime=1")]
    [InlineData("--Land:Faults:LatencyMs=300")]
    public async Task A_hand_over_reaches_the_land_system_once_and_its_reports_reach_the_hub_once(string fault)
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var landHub = hub.Connect(LocalHub.LandOfficeToken);
        await using var landSystem = await StartLandAsync(fault);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        var options = new LandOptions { Address = landSystem.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = LandOffice, CallTimeout = TimeSpan.FromSeconds(1) };
        using var http = new HttpClient { BaseAddress = landSystem.Address };
        using var land = new LandClient(http, options);
        var writer = new LandInboxWriter(land, landHub, checkpoint, options, "land-test");
        var feed = new LandFeed(land, landHub, checkpoint, options, "land-test");
        var dossierId = await ReceiveAndOfferAsync(desk, "BN-2025-000042");

        await FollowUntilAsync(landHub, checkpoint, writer, () => checkpoint.DossierIdOf(LandInboxWriter.ReceiptRecord + "BN-2025-000042") is not null);

        var records = await landSystem.GetAsync<LandPage>("api/v1/ho-so?soBienNhan=BN-2025-000042&soLuong=20", Ct);
        var expectedRecords = fault.Contains("DuplicateRate", StringComparison.Ordinal) ? 2 : 1;
        Assert.Equal(expectedRecords, records.TongSo);
        Assert.Equal(LandOffice, (await GetAsync(desk, dossierId)).Custody.HolderAgency.AgencyId);

        // The land office's officers work in their own system; the adapter reports it to the hub.
        var record = records.DuLieu[0].MaHoSo;
        await landSystem.PostAsync($"api/v1/ho-so/{record}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu sơ đồ thửa đất" }, Ct);
        await PassUntilAsync(feed, checkpoint, async () => (await GetAsync(desk, dossierId)).Status == DossierStatus.AwaitingSupplement);
        await new DossierService.DossierServiceClient(desk.Channel).RecordSupplementAsync(new RecordSupplementRequest { Context = Context("supplied", Desk), DossierId = dossierId }, desk.Headers, cancellationToken: Ct);
        await landSystem.PostAsync($"api/v1/ho-so/{record}/cap-nhat", new { MaTrangThai = LandCodes.Finished, NoiDungXuLy = "Đã cấp giấy chứng nhận" }, Ct);
        await PassUntilAsync(feed, checkpoint, async () => (await GetAsync(desk, dossierId)).Status == DossierStatus.Resolved);
        await feed.PassAsync(Ct);

        // Received, offered, accepted, supplement requested, supplemented, resolved: each once.
        Assert.Equal(6, (await GetAsync(desk, dossierId)).Version);
        Assert.Empty(checkpoint.ListParked());
    }

    [Fact]
    public async Task A_malformed_report_is_parked_with_its_field_and_once_the_land_system_is_fixed_an_operators_retry_appends_it_once()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var landHub = hub.Connect(LocalHub.LandOfficeToken);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        var dossierId = await ReceiveAndOfferAsync(desk, "BN-2025-000045");
        string record;
        await using (var faulty = await StartLandAsync("--Land:Faults:MalformedRate=1"))
        {
            var options = new LandOptions { Address = faulty.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = LandOffice };
            using var http = new HttpClient { BaseAddress = faulty.Address };
            using var land = new LandClient(http, options);
            await FollowUntilAsync(landHub, checkpoint, new LandInboxWriter(land, landHub, checkpoint, options, "land-test"), () => checkpoint.DossierIdOf(LandInboxWriter.ReceiptRecord + "BN-2025-000045") is not null);
            record = (await faulty.GetAsync<LandPage>("api/v1/ho-so?soBienNhan=BN-2025-000045", Ct)).DuLieu.Single().MaHoSo;
            await faulty.PostAsync($"api/v1/ho-so/{record}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu sơ đồ thửa đất" }, Ct);

            Assert.Equal((0, 1), await new LandFeed(land, landHub, checkpoint, options, "land-test").PassAsync(Ct));
        }

        var parked = Assert.Single(checkpoint.ListParked());
        Assert.Equal(($"{record}:1", "LAND_FIELD_INVALID", "NgayCapNhat", ParkDirection.ToHub), (parked.RecordId, parked.Problem.Reason, parked.Problem.Field, parked.Direction));
        Assert.Equal(DossierStatus.Processing, (await GetAsync(desk, dossierId)).Status);

        // The land system's fault is fixed (restarted without it, on its own database); the operator retries.
        await using var fixedLand = await StartLandAsync("no faults");
        var fixedOptions = new LandOptions { Address = fixedLand.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = LandOffice };
        using var fixedHttp = new HttpClient { BaseAddress = fixedLand.Address };
        using var fixedClient = new LandClient(fixedHttp, fixedOptions);
        var feed = new LandFeed(fixedClient, landHub, checkpoint, fixedOptions, "land-test");
        Assert.Equal((0, 0), await feed.PassAsync(Ct));
        Assert.True(checkpoint.RequestRetry(parked.Id));

        Assert.Equal((1, 0), await feed.PassAsync(Ct));
        Assert.Equal((0, 0), await feed.PassAsync(Ct));
        Assert.Empty(checkpoint.ListParked());
        var dossier = await GetAsync(desk, dossierId);
        Assert.Equal((DossierStatus.AwaitingSupplement, 4L), (dossier.Status, dossier.Version));
    }

    [Fact]
    public async Task The_land_systems_history_before_the_switch_on_is_passed_over_and_a_later_report_of_a_record_the_hub_never_sent_is_parked()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var landHub = hub.Connect(LocalHub.LandOfficeToken);
        await using var landSystem = await StartLandAsync("no faults");
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        var options = new LandOptions { Address = landSystem.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = LandOffice };
        using var http = new HttpClient { BaseAddress = landSystem.Address };
        using var land = new LandClient(http, options);
        var feed = new LandFeed(land, landHub, checkpoint, options, "land-test");

        // Before the hub: 30 records transferred by hand, each with two reports (more than a page of the feed).
        var older = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await land.TransferOnceAsync(new LandTransfer($"BN-2024-{i:D6}", "cb-01", "", 1, false, "", "01/12/2024 08:00:00", 10, [], ""), Ct);
            var record = (await landSystem.GetAsync<LandPage>($"api/v1/ho-so?soBienNhan=BN-2024-{i:D6}", Ct)).DuLieu.Single().MaHoSo;
            older.Add(record);
            await landSystem.PostAsync($"api/v1/ho-so/{record}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu giấy tờ" }, Ct);
            await landSystem.PostAsync($"api/v1/ho-so/{record}/cap-nhat", new { MaTrangThai = LandCodes.Finished, NoiDungXuLy = "Đã cấp" }, Ct);
        }

        Assert.Equal((0, 0), await feed.PassAsync(Ct));
        Assert.Equal((0, 0), await feed.PassAsync(Ct));
        Assert.Empty(checkpoint.ListParked());

        // After it: a hand-over through the hub is reported as ever; a report of an old record is parked.
        var dossierId = await ReceiveAndOfferAsync(desk, "BN-2025-000046");
        await FollowUntilAsync(landHub, checkpoint, new LandInboxWriter(land, landHub, checkpoint, options, "land-test"), () => checkpoint.DossierIdOf(LandInboxWriter.ReceiptRecord + "BN-2025-000046") is not null);
        var current = (await landSystem.GetAsync<LandPage>("api/v1/ho-so?soBienNhan=BN-2025-000046", Ct)).DuLieu.Single().MaHoSo;
        await landSystem.PostAsync($"api/v1/ho-so/{current}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu sơ đồ thửa đất" }, Ct);
        await landSystem.PostAsync($"api/v1/ho-so/{older[0]}/cap-nhat", new { MaTrangThai = LandCodes.HandedBack, NoiDungXuLy = "Chuyển lại" }, Ct);

        Assert.Equal((1, 1), await feed.PassAsync(Ct));
        Assert.Equal(DossierStatus.AwaitingSupplement, (await GetAsync(desk, dossierId)).Status);
        Assert.Equal("LAND_UNKNOWN_RECEIPT", Assert.Single(checkpoint.ListParked()).Problem.Reason);
    }

    [Fact]
    public async Task A_transfer_written_before_a_crash_is_found_by_its_marker_and_not_sent_again()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var landHub = hub.Connect(LocalHub.LandOfficeToken);
        await using var landSystem = await StartLandAsync("no faults");
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        var options = new LandOptions { Address = landSystem.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = LandOffice };
        using var http = new HttpClient { BaseAddress = landSystem.Address };
        using var land = new LandClient(http, options);
        var dossierId = await ReceiveAndOfferAsync(desk, "BN-2025-000043");

        // The first run dies right after the land system took the transfer, before anything was recorded.
        var dying = new DiesAfterWrite(new LandInboxWriter(land, landHub, checkpoint, options, "land-test"));
        await Assert.ThrowsAsync<ProcessDied>(() => new InboxFollower(landHub, checkpoint, LandOffice, dying, NullLogger.Instance).RunAsync(Ct));
        await FollowUntilAsync(landHub, checkpoint, new LandInboxWriter(land, landHub, checkpoint, options, "land-test"), () => checkpoint.DossierIdOf(LandInboxWriter.ReceiptRecord + "BN-2025-000043") is not null);

        Assert.Equal(1, (await landSystem.GetAsync<LandPage>("api/v1/ho-so?soBienNhan=BN-2025-000043", Ct)).TongSo);
        Assert.Equal(LandOffice, (await GetAsync(desk, dossierId)).Custody.HolderAgency.AgencyId);
    }

    [Fact]
    public async Task A_transfer_the_land_system_refuses_is_parked_not_retried_and_the_inbox_goes_on()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        using var landHub = hub.Connect(LocalHub.LandOfficeToken);
        await using var landSystem = await StartLandAsync("no faults");
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        var options = new LandOptions { Address = landSystem.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = LandOffice };
        // A wrong path on the land system: every call answers 404.
        using var http = new HttpClient { BaseAddress = new Uri(landSystem.Address, "sai/") };
        using var land = new LandClient(http, options);
        await ReceiveAndOfferAsync(desk, "BN-2025-000044");

        await FollowUntilAsync(landHub, checkpoint, new LandInboxWriter(land, landHub, checkpoint, options, "land-test"), () => checkpoint.ListParked().Count == 1);

        var parked = checkpoint.ListParked().Single();
        Assert.Equal(("LAND_TRANSFER_REFUSED", "transfer", ParkDirection.ToLegacy), (parked.Problem.Reason, parked.Problem.Field, parked.Direction));
        Assert.Contains("404", parked.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_adapter_configured_by_one_file_takes_a_hand_over_in_and_reports_the_land_offices_work()
    {
        await using var hub = await LocalHub.StartAsync();
        using var desk = hub.Connect(LocalHub.DeskToken);
        await using var landSystem = await StartLandAsync("--Land:TokenLifetime=2");
        File.WriteAllText(folder.File("land.json"), $$"""
            {
              "Hub": { "Address": "{{hub.Address}}", "DevelopmentToken": "{{LocalHub.LandOfficeToken}}" },
              "Adapter": { "Name": "land-test", "Checkpoint": "state/land-host.db", "Agencies": [ "{{LandOffice}}" ] },
              "Land": { "Address": "{{landSystem.Address}}", "ClientId": "interop", "ClientSecret": "bi-mat", "AgencyId": "{{LandOffice}}", "PollInterval": "00:00:00.200" }
            }
            """);
        var builder = LandAdapter.CreateBuilder(["--config", folder.File("land.json")]);
        builder.Services.RemoveAll<Microsoft.Extensions.Logging.ILoggerProvider>();
        await using var app = AdapterHost.Build(builder);
        await app.StartAsync(Ct);
        var dossierId = await ReceiveAndOfferAsync(desk, "BN-2025-000050");

        await Wait.UntilAsync(async () => (await GetAsync(desk, dossierId)).Custody.HolderAgency.AgencyId == LandOffice, "the hand-over accepted by the adapter");
        var record = (await landSystem.GetAsync<LandPage>("api/v1/ho-so?soBienNhan=BN-2025-000050", Ct)).DuLieu.Single().MaHoSo;
        await landSystem.PostAsync($"api/v1/ho-so/{record}/cap-nhat", new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu sơ đồ thửa đất" }, Ct);
        await Wait.UntilAsync(async () => (await GetAsync(desk, dossierId)).Status == DossierStatus.AwaitingSupplement, "the land office's supplement request at the hub");

        await app.StopAsync(Ct);
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private async Task FollowUntilAsync(HubConnection landHub, AdapterCheckpoint checkpoint, ILegacyInboxWriter writer, Func<bool> done)
    {
        var follower = new InboxFollower(landHub, checkpoint, LandOffice, writer, NullLogger.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var running = follower.RunAsync(stop.Token);
        await Wait.UntilAsync(() => done() || running.IsCompleted, "the hand-over taken in by the land system and accepted at the hub", timeout: TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await running;
    }

    private async Task PassUntilAsync(LandFeed feed, AdapterCheckpoint checkpoint, Func<Task<bool>> done)
        => await Wait.UntilAsync(
            async () => { await feed.PassAsync(Ct); return await done(); },
            "the land system's report at the hub",
            timeout: TimeSpan.FromSeconds(30),
            interval: TimeSpan.FromMilliseconds(100),
            detail: () => string.Join("; ", checkpoint.ListParked().Select(p => $"{p.RecordId} {p.Problem.Reason} {p.Problem.Field} {p.Problem.Detail}")));

    private Task<string> ReceiveAndOfferAsync(HubConnection desk, string receipt) => DeskSide.ReceiveAndOfferAsync(desk, receipt, Ct);

    private Task<Dossier> GetAsync(HubConnection connection, string dossierId) => DeskSide.GetAsync(connection, dossierId, Ct);

    private static CommandContext Context(string requestId, string agency) => DeskSide.Context(requestId, agency);

    private Task<RunningLand> StartLandAsync(string fault)
        => RunningLand.StartAsync(folder.File("land-system.db"), fault.StartsWith("--", StringComparison.Ordinal) ? [fault, "--Land:Faults:TimeoutSeconds=2"] : [], Ct);

    /// <summary>The writer of a process killed right after its write reached the land system.</summary>
    private sealed class DiesAfterWrite(ILegacyInboxWriter inner) : ILegacyInboxWriter
    {
        public Task<bool> IsWrittenAsync(string marker, CancellationToken cancellationToken) => inner.IsWrittenAsync(marker, cancellationToken);

        public async Task WriteAsync(Interop.Protos.Inbox.V1.InboxItem item, string marker, CancellationToken cancellationToken)
        {
            await inner.WriteAsync(item, marker, cancellationToken);
            if (item.Event.Body.PayloadCase == EventBody.PayloadOneofCase.HandoverOffered)
            {
                throw new ProcessDied();
            }
        }
    }

    private sealed class ProcessDied : Exception;
}
