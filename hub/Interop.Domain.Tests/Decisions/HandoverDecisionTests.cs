using Interop.Domain.Commands;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Listed;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>Hand-overs and consultations of the land dossier: step deadlines in the receiving agency's working time, custody and routes.</summary>
public sealed class HandoverDecisionTests
{
    private const string Question = "Xác định nghĩa vụ tài chính";

    /// <summary>v4: the land office consulted the tax office on Wednesday 4th 09:00 (c-4).</summary>
    private static Dossier Consulted() => Allowed(
        new RequestConsultationCommand(new RequestConsultationRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, ConsultedAgencyId = Tax, Question = Question, Limit = WorkingDays(3) }),
        Vbdlis, LandId, AtLand(), Local(3, 4, 9)).State;

    [Fact]
    public void Holder_offers_the_dossier_with_its_own_step_limit_and_the_deadline_in_the_receivers_working_time()
    {
        var request = new OfferHandoverRequest { Context = Context("r-2", Desk, Lan, Local(3, 3, 10)), DossierId = LandId, ToAgencyId = Land, StepLimit = WorkingDays(2), Note = "Chuyển hồ sơ" };

        var draft = Allowed(new OfferHandoverCommand(request), Igate, LandId, Received(), Local(3, 3, 10, 1));

        // Tuesday 10:00 + 16 working hours: 5 h on Tuesday, 8 h on Wednesday, 3 h on Thursday = Thursday 5th 10:00.
        Assert.Equal(
            new HandoverOffered
            {
                HandoverId = "h-2",
                ToAgency = Agency(Land, LandName),
                StepLimit = WorkingDays(2),
                Deadline = Ts(3, 5, 10),
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
                Note = "Chuyển hồ sơ",
            },
            draft.Body.HandoverOffered);
        Assert.Equal(
            Envelope("d-land/2", "d-land", 2, EventType.HandoverOffered, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 10), Ts(3, 3, 10, 1), "r-2"),
            EnvelopeOf(draft));
        Assert.Equal(1, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:OfferedTo"], Routes(draft));
        Assert.Equal(
            ["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified"],
            Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(Agency(Desk, DeskName), draft.State.Custody.HolderAgency);
        Assert.Equal(
            new Handover
            {
                Id = "h-2",
                FromAgency = Agency(Desk, DeskName),
                ToAgency = Agency(Land, LandName),
                Status = HandoverStatus.Offered,
                OfferedBy = Lan,
                OfferedTime = Ts(3, 3, 10),
                StepLimit = WorkingDays(2),
                Deadline = Ts(3, 5, 10),
                Note = "Chuyển hồ sơ",
            },
            draft.State.Custody.Handovers.Single());
    }

    [Fact]
    public void Offered_agency_accepts_and_becomes_the_holder()
    {
        var request = new AcceptHandoverRequest { Context = Context("l-1", Land, Minh, Local(3, 3, 14)), DossierId = LandId, Note = "Đã nhận hồ sơ" };

        var draft = Allowed(new AcceptHandoverCommand(request), Vbdlis, LandId, Offered(), Local(3, 3, 14, 1));

        Assert.Equal(new HandoverAccepted { HandoverId = "h-2", Note = "Đã nhận hồ sơ" }, draft.Body.HandoverAccepted);
        Assert.Equal(
            Envelope("d-land/3", "d-land", 3, EventType.HandoverAccepted, "member-vbdlis-gialai", "000.12.21.H21", LandName, Minh, Ts(3, 3, 14), Ts(3, 3, 14, 1), "l-1"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["000.12.21.H21:Holder", "001.01.21.H21:PreviousHolder,ReceivingDesk"], Routes(draft));
        Assert.Equal(
            ["000.12.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "000.12.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified"],
            Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(Agency(Land, LandName), draft.State.Custody.HolderAgency);
        Assert.Equal([Agency(Desk, DeskName), Agency(Land, LandName)], draft.State.Custody.PastHolders);
        var handover = draft.State.Custody.Handovers.Single();
        Assert.Equal(HandoverStatus.Accepted, handover.Status);
        Assert.Equal(Minh, handover.SettledBy);
        Assert.Equal(Ts(3, 3, 14), handover.SettledTime);
        // The route's 6 working days for the land office from Tuesday 10:00: Wednesday 11th 10:00.
        Assert.Equal(Ts(3, 11, 10), handover.Deadline);
        Assert.Equal(Ts(3, 3, 10), draft.State.Times.FirstHandoverTime);
    }

    [Fact]
    public void Offered_agency_returns_the_offer_and_the_offerer_keeps_the_dossier()
    {
        var request = new ReturnHandoverRequest { Context = Context("l-1", Land, Minh, Local(3, 3, 14)), DossierId = LandId, Reason = "Hồ sơ thiếu trích lục bản đồ địa chính" };

        var draft = Allowed(new ReturnHandoverCommand(request), Vbdlis, LandId, Offered(), Local(3, 3, 14, 1));

        Assert.Equal(new HandoverReturned { HandoverId = "h-2", Reason = "Hồ sơ thiếu trích lục bản đồ địa chính" }, draft.Body.HandoverReturned);
        Assert.Equal(
            Envelope("d-land/3", "d-land", 3, EventType.HandoverReturned, "member-vbdlis-gialai", "000.12.21.H21", LandName, Minh, Ts(3, 3, 14), Ts(3, 3, 14, 1), "l-1"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder", "000.12.21.H21:OfferedTo"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(Agency(Desk, DeskName), draft.State.Custody.HolderAgency);
        var handover = draft.State.Custody.Handovers.Single();
        Assert.Equal(HandoverStatus.Returned, handover.Status);
        Assert.Equal("Hồ sơ thiếu trích lục bản đồ địa chính", handover.Reason);
        Assert.Equal(Ts(3, 3, 14), handover.SettledTime);
    }

    [Fact]
    public void Offerer_recalls_its_pending_offer()
    {
        var request = new RecallHandoverRequest { Context = Context("r-3", Desk, Lan, Local(3, 3, 10, 30)), DossierId = LandId, Reason = "Chuyển nhầm cơ quan" };

        var draft = Allowed(new RecallHandoverCommand(request), Igate, LandId, Offered(), Local(3, 3, 10, 31));

        Assert.Equal(new HandoverRecalled { HandoverId = "h-2", Reason = "Chuyển nhầm cơ quan" }, draft.Body.HandoverRecalled);
        Assert.Equal(
            Envelope("d-land/3", "d-land", 3, EventType.HandoverRecalled, "member-igate-gialai", "001.01.21.H21", DeskName, Lan, Ts(3, 3, 10, 30), Ts(3, 3, 10, 31), "r-3"),
            EnvelopeOf(draft));
        Assert.Equal(2, draft.ExpectedVersion);
        Assert.Equal(["001.01.21.H21:Holder", "000.12.21.H21:OfferedTo"], Routes(draft));
        Assert.Equal(LandAtDesk, Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(Agency(Desk, DeskName), draft.State.Custody.HolderAgency);
        Assert.Equal(HandoverStatus.Recalled, draft.State.Custody.Handovers.Single().Status);
    }

    [Fact]
    public void Holder_consults_the_tax_office_with_a_deadline_in_its_working_time()
    {
        var request = new RequestConsultationRequest { Context = Context("l-2", Land, Minh, Local(3, 4, 9)), DossierId = LandId, ConsultedAgencyId = Tax, Question = Question, Limit = WorkingDays(3) };

        var draft = Allowed(new RequestConsultationCommand(request), Vbdlis, LandId, AtLand(), Local(3, 4, 9, 1));

        // Wednesday 09:00 + 24 working hours: 6 + 8 + 8 + 2 = Monday 9th 09:00.
        Assert.Equal(
            new ConsultationRequested
            {
                ConsultationId = "c-4",
                ConsultedAgency = Agency(Tax, TaxName),
                Question = Question,
                Limit = WorkingDays(3),
                Deadline = Ts(3, 9, 9),
                CalendarVersion = "vn-civil-service:2026:e47e342c9eda",
            },
            draft.Body.ConsultationRequested);
        Assert.Equal(
            Envelope("d-land/4", "d-land", 4, EventType.ConsultationRequested, "member-vbdlis-gialai", "000.12.21.H21", LandName, Minh, Ts(3, 4, 9), Ts(3, 4, 9, 1), "l-2"),
            EnvelopeOf(draft));
        Assert.Equal(3, draft.ExpectedVersion);
        Assert.Equal(["000.12.21.H21:Holder", "000.16.21.H21:Consulted"], Routes(draft));
        Assert.Equal(
            ["000.12.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "000.12.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified", "000.16.21.H21:Unspecified"],
            Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(
            new Consultation
            {
                Id = "c-4",
                RequestingAgency = Agency(Land, LandName),
                ConsultedAgency = Agency(Tax, TaxName),
                Status = ConsultationStatus.Requested,
                Question = Question,
                RequestedTime = Ts(3, 4, 9),
                Limit = WorkingDays(3),
                Deadline = Ts(3, 9, 9),
            },
            draft.State.Custody.Consultations.Single());
    }

    [Fact]
    public void Consulted_agency_answers_its_open_consultation()
    {
        var request = new AnswerConsultationRequest { Context = Context("t-1", Tax, Hoa, Local(3, 6, 15)), DossierId = LandId, ConsultationId = "c-4", Answer = "Thông báo nộp thuế số 123/TB-CCT" };

        var draft = Allowed(new AnswerConsultationCommand(request), TaxSystem, LandId, Consulted(), Local(3, 6, 15, 1));

        Assert.Equal(new ConsultationAnswered { ConsultationId = "c-4", Answer = "Thông báo nộp thuế số 123/TB-CCT" }, draft.Body.ConsultationAnswered);
        Assert.Equal(
            Envelope("d-land/5", "d-land", 5, EventType.ConsultationAnswered, "member-tax-gialai", "000.16.21.H21", TaxName, Hoa, Ts(3, 6, 15), Ts(3, 6, 15, 1), "t-1"),
            EnvelopeOf(draft));
        Assert.Equal(4, draft.ExpectedVersion);
        Assert.Equal(["000.12.21.H21:Holder", "000.16.21.H21:Consulted"], Routes(draft));
        Assert.Equal(
            ["000.12.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "000.12.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified", "000.16.21.H21:Unspecified"],
            Roles(draft));
        Assert.Equal(DossierStatus.Processing, draft.State.Status);
        Assert.Equal(Agency(Land, LandName), draft.State.Custody.HolderAgency);
        var consultation = draft.State.Custody.Consultations.Single();
        Assert.Equal(ConsultationStatus.Answered, consultation.Status);
        Assert.Equal("Thông báo nộp thuế số 123/TB-CCT", consultation.Answer);
        Assert.Equal(Ts(3, 6, 15), consultation.AnsweredTime);
    }
}
