using Interop.Domain.Commands;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Listed;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>
/// Pauses of the land dossier received on Tuesday 2026-03-03 09:00 (appointment Friday 13th 09:00): supplements,
/// fees and suspensions pause the clock, and their end records the paused working minutes and the moved appointment.
/// </summary>
public sealed class PauseDecisionTests
{
    private const string Reason = "Thiếu hợp đồng chuyển nhượng bản chính";

    private static readonly DocumentRef Contract = new() { Id = "doc-hd", Name = "Hợp đồng chuyển nhượng", Custody = ContentCustody.Paper };

    private static readonly FeeLine Fee = new() { Code = "LP-DKBD", Name = "Lệ phí đăng ký biến động", Amount = new Money { CurrencyCode = "VND", Units = 50000 } };

    /// <summary>v2 AWAITING_SUPPLEMENT: the desk asked for a supplement at 10:00 (s-2).</summary>
    private static Dossier SupplementAsked() => Allowed(
        new RequestSupplementCommand(new RequestSupplementRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Reason = Reason }),
        Igate, LandId, Received(), Local(3, 3, 10)).State;

    /// <summary>v2 AWAITING_FEE: the desk asked for the fee at 10:00.</summary>
    private static Dossier FeeAsked() => Allowed(
        new RequestFeeCommand(new RequestFeeRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Lines = { Fee } }),
        Igate, LandId, Received(), Local(3, 3, 10)).State;

    /// <summary>v4 SUSPENDED by the land office on Wednesday 4th 09:00.</summary>
    private static Dossier SuspendedAtLand() => Allowed(
        new SuspendDossierCommand(new SuspendDossierRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, Reason = "Chờ kết quả giải quyết tranh chấp đất đai" }),
        Vbdlis, LandId, AtLand(), Local(3, 4, 9)).State;

    [Fact]
    public void Desk_asks_a_filed_dossier_for_a_supplement_in_the_reception_phase_without_a_clock()
    {
        var request = new RequestSupplementRequest
        {
            Context = Context("r-2", Desk, Lan, Local(3, 3, 8)),
            DossierId = FiledId,
            Reason = Reason,
            Content = "Bổ sung hợp đồng chuyển nhượng có công chứng",
            ComponentCodes = { "HDCN" },
            CitizenDeadline = Ts(3, 10, 17),
        };

        var draft = Allowed(new RequestSupplementCommand(request), Igate, FiledId, Filed(), Local(3, 3, 8, 1));

        Assert.Equal(
            new SupplementRequested
            {
                SupplementId = "s-2",
                Phase = SupplementPhase.Reception,
                Reason = Reason,
                Content = "Bổ sung hợp đồng chuyển nhượng có công chứng",
                ComponentCodes = { "HDCN" },
                CitizenDeadline = Ts(3, 10, 17),
            },
            draft.Body.SupplementRequested);
        Assert.Equal(
            Envelope("d-filed/2", "d-filed", 2, EventType.SupplementRequested, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 8), Ts(3, 3, 8, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk"], Routes(draft));
        Assert.Equal(FiledAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.AwaitingSupplement, draft.State.Status);
        Assert.Equal([DossierStatus.Submitted], draft.State.ResumeStatuses);
        Assert.Equal(new Clock { State = ClockState.NotStarted }, draft.State.Clock);
        Assert.Equal(
            new SupplementRequest
            {
                Id = "s-2",
                Phase = SupplementPhase.Reception,
                Status = SupplementStatus.Requested,
                RequestedByAgency = Agency(Desk, DeskName),
                RequestedBy = Lan,
                RequestedTime = Ts(3, 3, 8),
                Reason = Reason,
                Content = "Bổ sung hợp đồng chuyển nhượng có công chứng",
                ComponentCodes = { "HDCN" },
                CitizenDeadline = Ts(3, 10, 17),
            },
            draft.State.Supplements.Single());
    }

    [Fact]
    public void Supplement_received_resumes_the_clock_and_moves_the_appointment_by_the_paused_working_time()
    {
        var request = new RecordSupplementRequest
        {
            Context = Context("r-3", Desk, Lan, Local(3, 4, 10)),
            DossierId = LandId,
            Documents = { Contract },
            ReceptionNote = "Đã nhận bản chính hợp đồng",
        };

        var draft = Allowed(new RecordSupplementCommand(request), Igate, LandId, SupplementAsked(), Local(3, 4, 10, 1));

        // Paused Tuesday 10:00 to Wednesday 10:00: 1.5 + 3.5 + 3 = 8 working hours; Friday 13th 09:00 + 8 h = Monday 16th 09:00.
        Assert.Equal(
            new Supplemented
            {
                SupplementId = "s-2",
                Documents = { Contract },
                ReceptionNote = "Đã nhận bản chính hợp đồng",
                Resumption = new ClockResumption { PausedWorkingMinutes = 480, Appointment = Ts(3, 16, 9), CalendarVersion = "vn-civil-service:2026:e47e342c9eda" },
            },
            draft.Body.Supplemented);
        Assert.Equal(
            Envelope("d-land/3", "d-land", 3, EventType.Supplemented, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 4, 10), Ts(3, 4, 10, 1), "r-3"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Received, draft.State.Status);
        Assert.Empty(draft.State.ResumeStatuses);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Running,
                Limit = WorkingDays(8),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 13, 9),
                Appointment = Ts(3, 16, 9),
                PausedWorkingMinutes = 480,
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.State.Clock);
        var supplement = draft.State.Supplements.Single();
        Assert.Equal(SupplementStatus.Supplied, supplement.Status);
        Assert.Equal(Ts(3, 4, 10), supplement.SuppliedTime);
        Assert.Equal(Ts(3, 4, 10), supplement.ReceivedTime);
        Assert.Equal(Ts(3, 13, 9), supplement.AppointmentBefore);
        Assert.Equal(Ts(3, 16, 9), supplement.AppointmentAfter);
    }

    [Fact]
    public void A_supplement_received_on_the_hubs_clock_before_the_requests_claimed_time_pauses_nothing()
    {
        // The request claimed 10:03, ahead of the hub's 10:00 (allowed: TIME-4); the desk records the supplement at 10:01.
        var asked = Allowed(
            new RequestSupplementCommand(new RequestSupplementRequest { Context = Context("r-2", Desk, Lan, Local(3, 3, 10, 3)), DossierId = LandId, Reason = Reason }),
            Igate, LandId, Received(), Local(3, 3, 10)).State;

        var draft = Allowed(new RecordSupplementCommand(new RecordSupplementRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId }), Igate, LandId, asked, Local(3, 3, 10, 1));

        Assert.Equal(0, draft.Body.Supplemented.Resumption.PausedWorkingMinutes);
        Assert.Equal(asked.Clock.Appointment, draft.State.Clock.Appointment);
        Assert.Equal(DossierStatus.Received, draft.State.Status);
    }

    [Fact]
    public void Expired_supplement_in_processing_suspends_the_dossier_with_the_clock_still_paused()
    {
        var request = new ExpireSupplementRequest { Context = Context("r-3", Desk, Lan, Local(3, 20, 9)), DossierId = LandId, Note = "Quá hạn bổ sung hồ sơ" };

        var draft = Allowed(new ExpireSupplementCommand(request), Igate, LandId, SupplementAsked(), Local(3, 20, 9, 1));

        Assert.Equal(new SupplementExpired { SupplementId = "s-2", Note = "Quá hạn bổ sung hồ sơ" }, draft.Body.SupplementExpired);
        Assert.Equal(
            Envelope("d-land/3", "d-land", 3, EventType.SupplementExpired, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 20, 9), Ts(3, 20, 9, 1), "r-3"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Suspended, draft.State.Status);
        Assert.Equal([DossierStatus.Received], draft.State.ResumeStatuses);
        Assert.Equal(new Closure { Reason = "Quá hạn bổ sung hồ sơ", Agency = Agency(Desk, DeskName), Time = Ts(3, 20, 9) }, draft.State.Suspension);
        Assert.Equal(SupplementStatus.Expired, draft.State.Supplements.Single().Status);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Paused,
                Limit = WorkingDays(8),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 13, 9),
                Appointment = Ts(3, 13, 9),
                PausedSince = Ts(3, 3, 10),
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.State.Clock);
    }

    [Fact]
    public void Holder_asks_for_the_fee_and_the_clock_pauses()
    {
        var request = new RequestFeeRequest { Context = Context("r-2", Desk, Lan, Local(3, 3, 10)), DossierId = LandId, Lines = { Fee }, Note = "Nộp lệ phí tại quầy" };

        var draft = Allowed(new RequestFeeCommand(request), Igate, LandId, Received(), Local(3, 3, 10, 1));

        Assert.Equal(new FeeRequested { Lines = { Fee }, Note = "Nộp lệ phí tại quầy" }, draft.Body.FeeRequested);
        Assert.Equal(
            Envelope("d-land/2", "d-land", 2, EventType.FeeRequested, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 10), Ts(3, 3, 10, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.AwaitingFee, draft.State.Status);
        Assert.Equal(new FeeAccount { Status = FeeStatus.Requested, Lines = { Fee } }, draft.State.Fees);
        Assert.Equal(ClockState.Paused, draft.State.Clock.State);
        Assert.Equal(Ts(3, 3, 10), draft.State.Clock.PausedSince);
    }

    [Fact]
    public void Fee_paid_resumes_the_clock_and_moves_the_appointment()
    {
        var payment = new Payment { FeeCode = "LP-DKBD", Amount = new Money { CurrencyCode = "VND", Units = 50000 }, PaidTime = Ts(3, 4, 13, 45), ReceiptNumber = "BL-000123" };
        var request = new RecordFeePaymentRequest { Context = Context("r-3", Desk, Lan, Local(3, 4, 14)), DossierId = LandId, Payments = { payment } };

        var draft = Allowed(new RecordFeePaymentCommand(request), Igate, LandId, FeeAsked(), Local(3, 4, 14, 1));

        // Paused Tuesday 10:00 to Wednesday 14:00: 5 + 5 = 10 working hours; Friday 13th 09:00 + 10 h = Monday 16th 11:00.
        Assert.Equal(
            new FeePaid
            {
                Payments = { payment },
                Resumption = new ClockResumption { PausedWorkingMinutes = 600, Appointment = Ts(3, 16, 11), CalendarVersion = "vn-civil-service:2026:e47e342c9eda" },
            },
            draft.Body.FeePaid);
        Assert.Equal(
            Envelope("d-land/3", "d-land", 3, EventType.FeePaid, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 4, 14), Ts(3, 4, 14, 1), "r-3"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:Competent"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Received, draft.State.Status);
        Assert.Equal(new FeeAccount { Status = FeeStatus.Paid, Lines = { Fee }, Payments = { payment } }, draft.State.Fees);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Running,
                Limit = WorkingDays(8),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 13, 9),
                Appointment = Ts(3, 16, 11),
                PausedWorkingMinutes = 600,
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.State.Clock);
    }

    [Fact]
    public void Holder_suspends_the_dossier_and_the_clock_pauses()
    {
        var request = new SuspendDossierRequest { Context = Context("l-2", Land, Minh, Local(3, 4, 9)), DossierId = LandId, Reason = "Chờ kết quả giải quyết tranh chấp đất đai" };

        var draft = Allowed(new SuspendDossierCommand(request), Vbdlis, LandId, AtLand(), Local(3, 4, 9, 1));

        Assert.Equal(new Suspended { Reason = "Chờ kết quả giải quyết tranh chấp đất đai" }, draft.Body.Suspended);
        Assert.Equal(
            Envelope("d-land/4", "d-land", 4, EventType.Suspended, "member-vbdlis-gialai", "000.12.21.H21", LandName, Minh, Ts(3, 4, 9), Ts(3, 4, 9, 1), "l-2"),
            EnvelopeOf(draft));
        Assert.Equal(3, draft.ExpectedVersion);
        Assert.Equal(["000.12.21.H21:Holder,Competent", "001.01.21.H21:ReceivingDesk"], Routes(draft));
        Assert.Equal(LandAtLand, Roles(draft));
        Assert.Equal(DossierStatus.Suspended, draft.State.Status);
        Assert.Equal([DossierStatus.Processing], draft.State.ResumeStatuses);
        Assert.Equal(DossierStatus.Processing, draft.State.PreviousStatus);
        Assert.Equal(new Closure { Reason = "Chờ kết quả giải quyết tranh chấp đất đai", Agency = Agency(Land, LandName), Time = Ts(3, 4, 9) }, draft.State.Suspension);
        Assert.Equal(ClockState.Paused, draft.State.Clock.State);
        Assert.Equal(Ts(3, 4, 9), draft.State.Clock.PausedSince);
    }

    [Fact]
    public void Holder_resumes_the_dossier_and_the_appointment_moves_by_the_suspension()
    {
        var request = new ResumeDossierRequest { Context = Context("l-3", Land, Minh, Local(3, 9, 9)), DossierId = LandId, Note = "Đã có kết quả hòa giải" };

        var draft = Allowed(new ResumeDossierCommand(request), Vbdlis, LandId, SuspendedAtLand(), Local(3, 9, 9, 1));

        // Paused Wednesday 4th 09:00 to Monday 9th 09:00: 6 + 8 + 8 + 2 = 24 working hours; Friday 13th 09:00 + 24 h = Wednesday 18th 09:00.
        Assert.Equal(
            new Resumed
            {
                Note = "Đã có kết quả hòa giải",
                Resumption = new ClockResumption { PausedWorkingMinutes = 1440, Appointment = Ts(3, 18, 9), CalendarVersion = "vn-civil-service:2026:e47e342c9eda" },
            },
            draft.Body.Resumed);
        Assert.Equal(
            Envelope("d-land/5", "d-land", 5, EventType.Resumed, "member-vbdlis-gialai", "000.12.21.H21", LandName, Minh, Ts(3, 9, 9), Ts(3, 9, 9, 1), "l-3"),
            EnvelopeOf(draft));
        Assert.Equal(4, draft.ExpectedVersion);
        Assert.Equal(["000.12.21.H21:Holder,Competent", "001.01.21.H21:ReceivingDesk"], Routes(draft));
        Assert.Equal(LandAtLand, Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Null(draft.State.Suspension);
        Assert.Equal(
            new Clock
            {
                State = ClockState.Running,
                Limit = WorkingDays(8),
                CountingStartTime = Ts(3, 3, 9),
                OriginalAppointment = Ts(3, 13, 9),
                Appointment = Ts(3, 18, 9),
                PausedWorkingMinutes = 1440,
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.State.Clock);
    }
}
