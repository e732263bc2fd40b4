using Interop.Domain.Commands;
using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>Receiving and filing: competence, appointment, route and the national code request, written out.</summary>
public sealed class ReceptionDecisionTests
{
    private static readonly ProcedureRef LandFilled = new()
    {
        ProcedureCode = "1.004227",
        Name = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
        SectorCode = "DATDAI",
        SectorName = "Đất đai",
        Version = "QĐ 1085/QĐ-UBND ngày 01/7/2025",
        CaseCode = "TH1",
        CaseName = "Chuyển nhượng, tặng cho quyền sử dụng đất",
    };

    private static RouteStep[] LandRoute(string deskId, string deskName) =>
    [
        new() { Index = 1, Name = "Tiếp nhận, chuyển hồ sơ", Agency = Agency(deskId, deskName), Limit = WorkingHours(4) },
        new() { Index = 2, Name = "Thẩm định, cập nhật biến động", Agency = Agency(Land, LandName), Limit = WorkingDays(6) },
        new() { Index = 3, Name = "Xác định nghĩa vụ tài chính", Agency = Agency(Tax, TaxName), Limit = WorkingDays(3) },
        new() { Index = 4, Name = "Trả kết quả", Agency = Agency(deskId, deskName), Limit = WorkingHours(4) },
    ];

    [Fact]
    public void Desk_receives_a_land_dossier_with_its_appointment_route_and_a_code_request()
    {
        var draft = Allowed(new ReceiveDossierCommand(ReceiveLand("r-1", claimed: Local(3, 3, 9))), Igate, "d-land", null, Local(3, 3, 9, 2));

        var details = LandInput().Details;
        details.Procedure = LandFilled.Clone();
        details.CompetentAgency = Agency(Land, LandName);
        details.ReturnAgency = Agency(Desk, DeskName);
        var expected = new Received
        {
            Details = details,
            VendorCode = new VendorCode { MemberId = "member-igate-gialai", Code = "H21.129-260303-0001" },
            ReceivingAgency = Agency(Desk, DeskName),
            CompetentAgency = Agency(Land, LandName),
            ReturnAgency = Agency(Desk, DeskName),
            Limit = WorkingDays(8),
            // Tuesday 09:00 + 64 working hours (8 days of 8 h): 6 h on Tuesday, 8 h on each of the next 7 working days, 2 h on Friday 13th.
            CountingStartTime = Ts(3, 3, 9),
            Appointment = Ts(3, 13, 9),
            CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            CatalogueVersion = "registry:1",
            Route = { LandRoute(Desk, DeskName) },
        };
        Assert.Equal(expected, draft.Body.Received);
        Assert.Equal(
            Envelope("d-land/1", "d-land", 1, EventType.Received, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, claimed: Ts(3, 3, 9), recorded: Ts(3, 3, 9, 2), "r-1"),
            EnvelopeOf(draft));
        Assert.Equal(0, draft.ExpectedVersion);
        Assert.Equal(LandInput().PersonalData, draft.Personal);
        Assert.Equal(new NationalCodeRequest("001.01.21.H21", new DateOnly(2026, 3, 3)), draft.CodeRequest);
        Assert.Equal([new UniqueKey(UniqueKeyKind.VendorCode, "member-igate-gialai\u001fH21.129-260303-0001")], draft.Claims);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk,ReturnDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(
            ["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified"],
            Roles(draft));

        var state = draft.State;
        Assert.Equal(DossierStatus.Received, state.Status);
        Assert.Equal(1, state.Version);
        Assert.Equal(
            new Custody
            {
                ReceivingAgency = Agency(Desk, DeskName),
                CompetentAgency = Agency(Land, LandName),
                HolderAgency = Agency(Desk, DeskName),
                ReturnAgency = Agency(Desk, DeskName),
                PastHolders = { Agency(Desk, DeskName) },
                Route = { LandRoute(Desk, DeskName) },
            },
            state.Custody);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Running,
                Limit = WorkingDays(8),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 13, 9),
                Appointment = Ts(3, 13, 9),
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            state.Clock);
        Assert.Equal(
            new Times { SubmittedTime = Ts(3, 3, 9), ReceivedTime = Ts(3, 3, 9), CreatedTime = Ts(3, 3, 9, 2), UpdatedTime = Ts(3, 3, 9, 2), LastEventTime = Ts(3, 3, 9) },
            state.Times);
        Assert.Equal("", state.NationalCode);
    }

    [Fact]
    public void Assigned_number_gives_the_national_code_in_the_event_the_state_and_the_claims()
    {
        var draft = Allowed(new ReceiveDossierCommand(ReceiveLand("r-1", claimed: Local(3, 3, 9))), Igate, "d-land", null, Local(3, 3, 9, 2));

        var code = draft.AssignNationalCode(1);

        Assert.Equal("001.01.21.H21-260303-0001", code);
        Assert.Equal("001.01.21.H21-260303-0001", draft.Body.Received.NationalCode);
        Assert.Equal("001.01.21.H21-260303-0001", draft.State.NationalCode);
        Assert.Equal(
            [new UniqueKey(UniqueKeyKind.NationalCode, "001.01.21.H21-260303-0001"), new UniqueKey(UniqueKeyKind.VendorCode, "member-igate-gialai\u001fH21.129-260303-0001")],
            draft.Claims);
        Assert.Null(draft.CodeRequest);
    }

    [Fact]
    public void Centre_receiving_after_its_cut_off_counts_from_the_next_morning_and_codes_the_day_of_receipt()
    {
        var request = ReceiveLand("r-9", claimed: Local(3, 3, 16));
        request.Context.ActingAgencyId = Centre;

        var draft = Allowed(new ReceiveDossierCommand(request), Igate, "d-centre", null, Local(3, 3, 16));

        // 16:00 is after the 15:30 cut-off: counting starts Wednesday 07:00; 64 working hours end on Friday 13th at closing time.
        Assert.Equal(Ts(3, 4, 7), draft.Body.Received.CountingStartTime);
        Assert.Equal(Ts(3, 13, 17), draft.Body.Received.Appointment);
        Assert.Equal(Agency(Land, LandName), draft.Body.Received.CompetentAgency);
        Assert.Equal(LandRoute(Centre, CentreName), draft.Body.Received.Route);
        Assert.Equal(new NationalCodeRequest("000.00.01.H21", new DateOnly(2026, 3, 3)), draft.CodeRequest);
        Assert.Equal("000.00.01.H21-260303-0007", draft.AssignNationalCode(7));
    }

    [Fact]
    public void Desk_receives_a_filed_dossier_with_the_filed_channel_limit_and_keeps_its_filing()
    {
        var request = new ReceiveDossierRequest { Context = Context("r-1", Desk, Lan, Local(3, 4, 8)), DossierId = FiledId, VendorCode = "H21.129-260304-0001" };

        var draft = Allowed(new ReceiveDossierCommand(request), Igate, FiledId, Filed(), Local(3, 4, 8, 1));

        var expected = new Received
        {
            Details = new DossierDetails { Procedure = LandFilled.Clone(), CompetentAgency = Agency(Land, LandName), ReturnAgency = Agency(Desk, DeskName) },
            VendorCode = new VendorCode { MemberId = "member-igate-gialai", Code = "H21.129-260304-0001" },
            ReceivingAgency = Agency(Desk, DeskName),
            CompetentAgency = Agency(Land, LandName),
            ReturnAgency = Agency(Desk, DeskName),
            // Filed online: 7 working days (56 h) from Wednesday 08:00 end on Friday 13th 08:00.
            Limit = WorkingDays(7),
            CountingStartTime = Ts(3, 4, 8),
            Appointment = Ts(3, 13, 8),
            CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            CatalogueVersion = "registry:1",
            Route = { LandRoute(Desk, DeskName) },
        };
        Assert.Equal(expected, draft.Body.Received);
        Assert.Equal(
            Envelope("d-filed/2", "d-filed", 2, EventType.Received, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, claimed: Ts(3, 4, 8), recorded: Ts(3, 4, 8, 1), "r-1"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Null(draft.Personal);
        Assert.Equal(new NationalCodeRequest("001.01.21.H21", new DateOnly(2026, 3, 4)), draft.CodeRequest);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk,ReturnDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(DossierStatus.Received, draft.State.Status);
        Assert.Equal(new VendorCode { MemberId = "member-portal-gialai", Code = "DVC-2026-000123" }, draft.State.VendorCode);
        Assert.Equal(Ts(3, 2, 20), draft.State.Times.SubmittedTime);
        Assert.Equal(Ts(3, 4, 8), draft.State.Times.ReceivedTime);
        Assert.Equal(Channel.Online, draft.State.Details.Channel);
        Assert.Equal(LandSummary, draft.State.Details.Summary);
        Assert.Equal("Nguyễn Thị Hồng Nhung", draft.State.PersonalData.Owner.Name);
    }

    [Fact]
    public void Portal_files_a_dossier_for_the_desk_without_starting_the_clock()
    {
        var request = new FileDossierRequest
        {
            Context = Context("p-1", Desk, Lan, Local(3, 2, 20)),
            VendorCode = "DVC-2026-000123",
            Dossier = LandInput(Channel.Online),
            ReceptionDeadline = Ts(3, 4, 17),
        };

        var draft = Allowed(new FileDossierCommand(request), Portal, "d-filed", null, Local(3, 2, 20, 1));

        var details = LandInput(Channel.Online).Details;
        details.Procedure = LandFilled.Clone();
        Assert.Equal(
            new Filed
            {
                Details = details,
                VendorCode = new VendorCode { MemberId = "member-portal-gialai", Code = "DVC-2026-000123" },
                ReceivingAgency = Agency(Desk, DeskName),
                ReceptionDeadline = Ts(3, 4, 17),
            },
            draft.Body.Filed);
        Assert.Equal(
            Envelope("d-filed/1", "d-filed", 1, EventType.Filed, "member-portal-gialai", "001.01.21.H21", DeskName, Lan, claimed: Ts(3, 2, 20), recorded: Ts(3, 2, 20, 1), "p-1"),
            EnvelopeOf(draft));
        Assert.Equal(0, draft.ExpectedVersion);
        Assert.Equal(LandInput().PersonalData, draft.Personal);
        Assert.Null(draft.CodeRequest);
        Assert.Equal([new UniqueKey(UniqueKeyKind.VendorCode, "member-portal-gialai\u001fDVC-2026-000123")], draft.Claims);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk"], Routes(draft));
        Assert.Equal(["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified"], Roles(draft));
        Assert.Equal(DossierStatus.Submitted, draft.State.Status);
        Assert.Equal(
            new Custody { ReceivingAgency = Agency(Desk, DeskName), HolderAgency = Agency(Desk, DeskName), ReturnAgency = Agency(Desk, DeskName) },
            draft.State.Custody);
        Assert.Equal(new Clock { State = ClockState.NotStarted }, draft.State.Clock);
        Assert.Equal(
            new Times { SubmittedTime = Ts(3, 2, 20), ReceptionDeadline = Ts(3, 4, 17), CreatedTime = Ts(3, 2, 20, 1), UpdatedTime = Ts(3, 2, 20, 1), LastEventTime = Ts(3, 2, 20) },
            draft.State.Times);
    }
}
