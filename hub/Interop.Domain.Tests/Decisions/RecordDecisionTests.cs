using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Commands;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Listed;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>Events that record without moving the dossier: an apology slip, an amendment, a note.</summary>
public sealed class RecordDecisionTests
{
    private const string NewSummary = "Đăng ký biến động do chuyển nhượng thửa đất số 46, tờ bản đồ số 12";

    private static readonly DocumentRef Apology = new() { Id = "phieu-xin-loi", Name = "Phiếu xin lỗi và hẹn lại ngày trả kết quả", Custody = ContentCustody.Paper };

    [Fact]
    public void Holder_reschedules_the_appointment_and_judging_keeps_the_earlier_one()
    {
        var request = new RescheduleAppointmentRequest
        {
            Context = Context("l-2", Land, Minh, Local(3, 12, 9)),
            DossierId = LandId,
            CausingAgencyId = Tax,
            Reason = "Chờ cơ quan thuế xác định nghĩa vụ tài chính",
            NewAppointment = Ts(3, 17, 17),
            Apology = Apology,
        };

        var draft = Allowed(new RescheduleAppointmentCommand(request), Vbdlis, LandId, AtLand(), Local(3, 12, 9, 1));

        Assert.Equal(
            new AppointmentRescheduled { CausingAgency = Agency(Tax, TaxName), Reason = "Chờ cơ quan thuế xác định nghĩa vụ tài chính", NewAppointment = Ts(3, 17, 17), Apology = Apology },
            draft.Body.AppointmentRescheduled);
        Assert.Equal(
            Envelope("d-land/4", "d-land", 4, EventType.AppointmentRescheduled, "member-vbdlis-gialai", "000.12.21.H21", LandName, Minh, Ts(3, 12, 9), Ts(3, 12, 9, 1), "l-2"),
            EnvelopeOf(draft));
        Assert.Equal(3, draft.ExpectedVersion);
        Assert.Equal(["000.12.21.H21:Holder,Competent", "001.01.21.H21:ReceivingDesk,ReturnDesk"], Routes(draft));
        Assert.Equal(LandAtLand, Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Running,
                Limit = WorkingDays(8),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 13, 9),
                Appointment = Ts(3, 13, 9),
                RescheduledAppointment = Ts(3, 17, 17),
                Reschedules =
                {
                    new Reschedule
                    {
                        CausingAgency = Agency(Tax, TaxName),
                        Reason = "Chờ cơ quan thuế xác định nghĩa vụ tài chính",
                        PreviousAppointment = Ts(3, 13, 9),
                        NewAppointment = Ts(3, 17, 17),
                        Apology = Apology,
                        RecordedTime = Ts(3, 12, 9, 1),
                    },
                },
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.State.Clock);
    }

    [Fact]
    public void Desk_amends_the_masked_summary_and_keeps_every_other_detail()
    {
        var request = new AmendDossierRequest
        {
            Context = Context("r-2", Desk, Lan, Local(3, 3, 10)),
            DossierId = LandId,
            Dossier = new DossierInput { Details = new DossierDetails { Summary = NewSummary } },
            UpdateMask = new FieldMask { Paths = { "details.summary" } },
            Reason = "Sai số thửa đất",
        };

        var draft = Allowed(new AmendDossierCommand(request), Igate, LandId, Received(), Local(3, 3, 10, 1));

        Assert.Equal(
            new Amended { Details = new DossierDetails { Summary = NewSummary }, UpdateMask = new FieldMask { Paths = { "details.summary" } }, Reason = "Sai số thửa đất" },
            draft.Body.Amended);
        Assert.Null(draft.Personal);
        Assert.Equal(
            Envelope("d-land/2", "d-land", 2, EventType.Amended, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 10), Ts(3, 3, 10, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Received, draft.State.Status);
        Assert.Equal(NewSummary, draft.State.Details.Summary);
        Assert.Equal("Thửa đất số 45, tờ bản đồ số 12", draft.State.Details.SubjectPlace.Description);
        Assert.Equal("QĐ 1085/QĐ-UBND ngày 01/7/2025", draft.State.Details.Procedure.Version);
        Assert.Equal("Nguyễn Thị Hồng Nhung", draft.State.PersonalData.Owner.Name);
    }

    [Fact]
    public void Holder_adds_a_note_that_reaches_only_the_holder()
    {
        var request = new AddNoteRequest { Context = Context("r-2", Desk, Lan, Local(3, 3, 10)), DossierId = LandId, Text = "Đã gọi điện hẹn công dân bổ sung bản chính" };

        var draft = Allowed(new AddNoteCommand(request), Igate, LandId, Received(), Local(3, 3, 10, 1));

        Assert.Equal(new Note { Text = "Đã gọi điện hẹn công dân bổ sung bản chính" }, draft.Body.Note);
        Assert.Equal(
            Envelope("d-land/2", "d-land", 2, EventType.Note, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 10), Ts(3, 3, 10, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Received, draft.State.Status);
        Assert.Equal(2, draft.State.Version);
        Assert.Equal(Ts(3, 3, 10), draft.State.Times.LastEventTime);
        Assert.Equal(Ts(3, 3, 10, 1), draft.State.Times.UpdatedTime);
    }
}
