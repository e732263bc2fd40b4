using Interop.Domain.Commands;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Listed;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>
/// Refusal and withdrawal of the land dossier; resolution, recall and return of the birth registration the desk
/// resolves itself (received Tuesday 2026-03-03 09:00, 4 working hours: appointment 15:00 the same day).
/// </summary>
public sealed class ClosingDecisionTests
{
    private static readonly DocumentRef RefusalSlip = new() { Id = "phieu-tu-choi", Name = "Phiếu từ chối tiếp nhận", Custody = ContentCustody.Paper };

    [Fact]
    public void Desk_refuses_a_received_dossier_and_the_clock_stops()
    {
        var request = new RefuseDossierRequest { Context = Context("r-2", Desk, Lan, Local(3, 3, 10)), DossierId = LandId, Reason = "Hồ sơ không đủ điều kiện tiếp nhận", Documents = { RefusalSlip } };

        var draft = Allowed(new RefuseDossierCommand(request), Igate, LandId, Received(), Local(3, 3, 10, 1));

        Assert.Equal(new Refused { Reason = "Hồ sơ không đủ điều kiện tiếp nhận", Documents = { RefusalSlip } }, draft.Body.Refused);
        Assert.Equal(
            Envelope("d-land/2", "d-land", 2, EventType.Refused, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 10), Ts(3, 3, 10, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Refused, draft.State.Status);
        Assert.Equal(ClockState.Stopped, draft.State.Clock.State);
        Assert.Equal(
            new Closure { Reason = "Hồ sơ không đủ điều kiện tiếp nhận", Agency = Agency(Desk, DeskName), Time = Ts(3, 3, 10), Documents = { RefusalSlip } },
            draft.State.Refusal);
        Assert.Equal(Ts(3, 3, 10), draft.State.Times.RefusedTime);
    }

    [Fact]
    public void Desk_withdraws_a_dossier_on_the_citizens_request()
    {
        var request = new WithdrawDossierRequest { Context = Context("r-2", Desk, Lan, Local(3, 4, 8)), DossierId = LandId, Reason = "Công dân xin rút hồ sơ" };

        var draft = Allowed(new WithdrawDossierCommand(request), Igate, LandId, Received(), Local(3, 4, 8, 1));

        Assert.Equal(new Withdrawn { Reason = "Công dân xin rút hồ sơ" }, draft.Body.Withdrawn);
        Assert.Equal(
            Envelope("d-land/2", "d-land", 2, EventType.Withdrawn, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 4, 8), Ts(3, 4, 8, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Withdrawn, draft.State.Status);
        Assert.Equal(ClockState.Stopped, draft.State.Clock.State);
        Assert.Equal(new Closure { Reason = "Công dân xin rút hồ sơ", Agency = Agency(Desk, DeskName), Time = Ts(3, 4, 8) }, draft.State.Withdrawal);
        Assert.Equal(Ts(3, 4, 8), draft.State.Times.WithdrawnTime);
    }

    [Fact]
    public void Desk_resolves_a_case_it_resolves_itself_from_received_and_is_judged_on_time()
    {
        var form = new FormData { SchemaId = "vn.gov.hotich/khai-sinh", SchemaVersion = "1", Json = "{\"soDangKy\":\"123/2026\"}" };
        var request = new ResolveDossierRequest
        {
            Context = Context("b-2", Desk, Lan, Local(3, 3, 11)),
            DossierId = BirthId,
            Outcome = Outcome.Granted,
            Note = "Đã cấp giấy khai sinh",
            ResultFormData = form,
        };

        var draft = Allowed(new ResolveDossierCommand(request), Igate, BirthId, BirthReceived(), Local(3, 3, 11, 1));

        Assert.Equal(new Resolved { Outcome = Outcome.Granted, Note = "Đã cấp giấy khai sinh" }, draft.Body.Resolved);
        Assert.Equal(new PersonalData { ResultFormData = form }, draft.Personal);
        Assert.Equal(
            Envelope("d-birth/2", "d-birth", 2, EventType.Resolved, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 11), Ts(3, 3, 11, 1), "b-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk,ReturnDesk,Competent"], Routes(draft));
        Assert.Equal(["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "001.01.21.H21:Competent", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified"], Roles(draft));
        Assert.Equal(DossierStatus.Resolved, draft.State.Status);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Stopped,
                Limit = WorkingHours(4),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 3, 15),
                Appointment = Ts(3, 3, 15),
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
                Timeliness = Timeliness.OnTime,
            },
            draft.State.Clock);
        Assert.Equal(
            new Result { Outcome = Outcome.Granted, Note = "Đã cấp giấy khai sinh", ResolvedByAgency = Agency(Desk, DeskName), ApprovedBy = Lan },
            draft.State.Result);
        Assert.Equal(new Delivery { Status = DeliveryStatus.AwaitingConfirmation }, draft.State.Delivery);
        Assert.Equal(Ts(3, 3, 11), draft.State.Times.ResolvedTime);
        Assert.Equal(form, draft.State.PersonalData.ResultFormData);
    }

    [Fact]
    public void Holder_recalls_a_wrong_result_and_processing_resumes_against_the_same_appointment()
    {
        var request = new RecallResultRequest { Context = Context("b-3", Desk, Lan, Local(3, 3, 13, 30)), DossierId = BirthId, Reason = "Sai ngày sinh trên giấy khai sinh" };

        var draft = Allowed(new RecallResultCommand(request), Igate, BirthId, BirthResolved(), Local(3, 3, 13, 31));

        Assert.Equal(new ResultRecalled { Reason = "Sai ngày sinh trên giấy khai sinh" }, draft.Body.ResultRecalled);
        Assert.Equal(
            Envelope("d-birth/3", "d-birth", 3, EventType.ResultRecalled, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 13, 30), Ts(3, 3, 13, 31), "b-3"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk,ReturnDesk,Competent"], Routes(draft));
        Assert.Equal(BirthAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Running,
                Limit = WorkingHours(4),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 3, 15),
                Appointment = Ts(3, 3, 15),
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.State.Clock);
        Assert.Equal(new Result { ResolvedByAgency = Agency(Desk, DeskName), ApprovedBy = Lan, RecallCount = 1 }, draft.State.Result);
        Assert.Null(draft.State.Delivery);
        Assert.Null(draft.State.Times.ResolvedTime);
    }

    [Fact]
    public void Return_desk_hands_the_result_to_the_post_and_the_dossier_closes()
    {
        var recipient = new ResultRecipient { Party = new Party { Kind = PartyKind.Citizen, Name = "Trần Văn Bình" } };
        var request = new ReturnResultRequest
        {
            Context = Context("b-3", Desk, Lan, Local(3, 3, 14)),
            DossierId = BirthId,
            Method = DeliveryMethod.Post,
            Recipient = recipient,
            PostalTrackingNumber = "EB123456789VN",
            Note = "Gửi qua bưu điện",
        };

        var draft = Allowed(new ReturnResultCommand(request), Igate, BirthId, BirthResolved(), Local(3, 3, 14, 1));

        Assert.Equal(new ResultReturned { Method = DeliveryMethod.Post, PostalTrackingNumber = "EB123456789VN", Note = "Gửi qua bưu điện" }, draft.Body.ResultReturned);
        Assert.Equal(new PersonalData { ResultRecipient = recipient }, draft.Personal);
        Assert.Equal(
            Envelope("d-birth/3", "d-birth", 3, EventType.ResultReturned, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 14), Ts(3, 3, 14, 1), "b-3"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk,ReturnDesk,Competent"], Routes(draft));
        Assert.Equal(BirthAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Returned, draft.State.Status);
        Assert.Equal(
            new Delivery { Status = DeliveryStatus.HandedToPost, Method = DeliveryMethod.Post, PostalTrackingNumber = "EB123456789VN", Note = "Gửi qua bưu điện" },
            draft.State.Delivery);
        Assert.Equal(Ts(3, 3, 14), draft.State.Times.ReturnedTime);
        Assert.Equal(recipient, draft.State.PersonalData.ResultRecipient);
    }
}
