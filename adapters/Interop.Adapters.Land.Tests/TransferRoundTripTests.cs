using System.Globalization;
using CsCheck;
using Google.Protobuf.WellKnownTypes;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Type.V1;
using Interop.Sim.Land;

namespace Interop.Adapters.Land.Tests;

/// <summary>
/// The round trip of the land family's carried set (VENDOR-FORMATS.md, "hand-over message"): a
/// canonical hand-over offer written into the simulated land system as a transfer and read back from
/// its record's detail is unchanged in every field the transfer carries: the receipt number, both
/// officers, the hand-back flag, the note, the offer's time to the second, the step limit in working
/// days, each document's name and counts, the marker. The adapter README lists what it does not carry.
/// </summary>
public sealed class TransferRoundTripTests : IDisposable
{
    private static readonly string[] Words =
    [
        "Chuyển", "VPĐKĐĐ", "hồ", "sơ", "chuyển", "nhượng", "thửa", "đất", "số", "12,", "tờ", "bản", "đồ", "3;", "\"gấp\"", "Ửng", "Ỹ", "khuỷu",
        "Đặng", "Thị", "Quỳnh", "Hợp", "đồng", "công", "chứng", "Giấy", "chứng", "nhận", "(bản", "sao)", "ẵm", "ỵ", "Ặc", "Ễ", "—", "\\n", " ", "",
    ];

    private static readonly Gen<string> Text = Gen.Int[0, 12].SelectMany(n => Gen.OneOf(Words).Array[n]).Select(w => string.Join(' ', w));

    private static readonly Gen<string> Code = Gen.Int[1, 99_999].Select(n => $"cb{n}");

    private static readonly Gen<DocumentRef> Document = Gen.Select(Text, Gen.Int[0, 5], Gen.Int[0, 5])
        .Select((name, copies, originals) => new DocumentRef { Id = Guid.NewGuid().ToString("N"), Name = name, CopyCount = copies, OriginalCount = originals });

    private static readonly Gen<(string Receipt, EventBody Body)> Offer =
        Gen.Select(Gen.Int[1, 999_999], Code, Code, Gen.Bool, Text, Gen.Long[0, 3L * 365 * 86_400], Gen.Int[0, 999_999_999], Gen.Int[1, 60])
            .SelectMany(head => Document.Array[0, 4].Select(documents => (head, documents)))
            .Select(t =>
            {
                var (receipt, giver, receiver, handBack, note, second, nanos, days) = t.head;
                var body = new EventBody
                {
                    Id = Guid.NewGuid().ToString("N"),
                    DossierId = Guid.NewGuid().ToString("N"),
                    Actor = new Actor { MemberId = "member-igate-gialai", Officer = new Officer { Id = giver } },
                    RecordedTime = new Timestamp { Seconds = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds() + second, Nanos = nanos },
                    HandoverOffered = new HandoverOffered
                    {
                        HandoverId = "h1",
                        ToAgency = new AgencyRef { AgencyId = DeskSide.LandOffice },
                        StepLimit = new ProcessingLimit { Amount = (uint)days, Unit = LimitUnit.WorkingDays },
                        IsHandBack = handBack,
                        Note = note,
                        ToOfficer = new Officer { Id = receiver },
                    },
                };
                body.HandoverOffered.Documents.AddRange(t.documents);
                return ($"BN-2025-{receipt:D6}", body);
            });

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(120));
    private readonly TempDirectory folder = new("interop-land-round-trip-");

    [Fact]
    public async Task A_hand_over_written_as_a_transfer_and_read_back_from_the_land_system_is_unchanged_in_every_carried_field()
    {
        var ct = timeout.Token;
        await using var landSystem = await RunningLand.StartAsync(folder.File("land-system.db"), [], ct);
        var options = new LandOptions { Address = landSystem.Address, ClientId = "interop", ClientSecret = "bi-mat", AgencyId = DeskSide.LandOffice };
        using var http = new HttpClient { BaseAddress = landSystem.Address };
        using var land = new LandClient(http, options);
        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        // The writer asks the hub nothing when the item carries its dossier: no hub is needed here.
        using var hub = new HubConnection(new HubConnectionOptions { Address = new Uri("http://127.0.0.1:9"), DevelopmentToken = "unused" });
        var writer = new LandInboxWriter(land, hub, checkpoint, options, "land-round-trip");

        await Offer.SampleAsync(
            async offer =>
            {
                var (receipt, body) = offer;
                var item = new InboxItem { AgencyId = DeskSide.LandOffice, Sequence = 1, Event = new Event { Body = body }, Dossier = new Dossier { Id = body.DossierId, VendorCode = new VendorCode { Code = receipt } } };
                await writer.WriteAsync(item, body.Id, ct);

                var record = Assert.Single(await land.FindAsync(receipt, body.Id, ct));
                var sent = (await landSystem.GetAsync<LandRecordDetail>($"api/v1/ho-so/{record.MaHoSo}", ct)).ThongTinChuyen;
                var given = body.HandoverOffered;
                Assert.Equal(
                    (receipt, body.Actor.Officer.Id, given.ToOfficer.Id, given.IsHandBack, given.Note, (int)given.StepLimit.Amount, body.Id),
                    (sent.SoBienNhan, sent.MaCanBoChuyen, sent.MaCanBoNhan, sent.LaTrangThaiChuyenLai, sent.NoiDungXuLy, sent.HanXuLy, sent.SecurityCode));
                var at = DateTimeOffset.ParseExact(sent.NgayChuyen + " +07:00", "dd/MM/yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
                Assert.Equal(body.RecordedTime.Seconds, at.ToUnixTimeSeconds());
                Assert.Equal(
                    given.Documents.Select(d => (d.Name, d.CopyCount, d.OriginalCount)),
                    sent.DanhSachTapTin.Select(f => (f.TenGiayTo, f.SoBanSao, f.SoBanChinh)));
            },
            iter: 150,
            threads: 1);
    }

    [Theory]
    [InlineData(LimitUnit.WorkingDays, 3u, 3)]
    [InlineData(LimitUnit.CalendarDays, 15u, 15)]
    [InlineData(LimitUnit.WorkingHours, 4u, 1)]
    [InlineData(LimitUnit.WorkingHours, 17u, 3)]
    [InlineData(LimitUnit.WorkingMinutes, 480u, 1)]
    [InlineData(LimitUnit.WorkingMinutes, 481u, 2)]
    public void A_step_limit_is_sent_in_whole_days_rounded_up(LimitUnit unit, uint amount, int days)
    {
        var offer = new HandoverOffered { StepLimit = new ProcessingLimit { Amount = amount, Unit = unit } };
        var transfer = LandInboxWriter.TransferOf(new EventBody { RecordedTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch) }, offer, "BN-1", "m", new LandOptions { Address = new Uri("http://127.0.0.1/"), ClientId = "", ClientSecret = "", AgencyId = "" });
        Assert.Equal(days, transfer.HanXuLy);
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }
}
