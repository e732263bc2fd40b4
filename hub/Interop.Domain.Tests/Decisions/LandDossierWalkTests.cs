using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Commands;
using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>
/// The land dossier's full walk, as the hub tests walk it (Interop.Hub.Tests/LandDossierWalk.cs, same agencies),
/// decided step by step on the previous draft's state: received at the Diên Hồng desk, offered to the land office,
/// accepted, a supplement asked and supplied, resolved, handed back, accepted, returned. Each event is claimed at
/// the time given and recorded a minute later.
/// </summary>
public sealed class LandDossierWalkTests
{
    private const string Id = "d-land-walk";

    [Fact]
    public void Land_dossier_walks_from_the_desk_to_the_land_office_and_back_with_every_derived_time()
    {
        var walk = new Walk();

        // 1. Received at the commune desk on Tuesday 2026-03-03 09:00: 8 working days, appointment Friday 13th 09:00.
        var received = walk.Step(new ReceiveDossierCommand(new ReceiveDossierRequest
        {
            Context = Context("r-1", Desk, Lan, Local(3, 3, 9)),
            VendorCode = "H21.129-260303-0001",
            Dossier = LandInput(),
        }), Igate, numberToAssign: 1);
        Assert.Equal("001.01.21.H21-260303-0001", received.Body.Received.NationalCode);
        Assert.Equal("001.01.21.H21-260303-0001", received.State.NationalCode);
        Assert.Equal(new UniqueKey(UniqueKeyKind.NationalCode, "001.01.21.H21-260303-0001"), received.Claims[0]);
        Assert.Equal(Ts(3, 3, 9), received.Body.Received.CountingStartTime);
        Assert.Equal(Ts(3, 13, 9), received.Body.Received.Appointment);
        Assert.Equal(Agency(Land, LandName), received.Body.Received.CompetentAgency);
        Assert.Equal([Desk, Land, Tax, Desk], received.State.Custody.Route.Select(s => s.Agency.AgencyId));
        AssertStep(received, 1, DossierStatus.Received, Desk, ClockState.Running, appointment: Ts(3, 13, 9), pausedMinutes: 0,
            "001.01.21.H21:Holder,ReceivingDesk,ReturnDesk", "000.12.21.H21:Competent");

        // 2. Offered to the land office at 10:00 with the route's 6 working days there: Wednesday 11th 10:00.
        var offered = walk.Step(new OfferHandoverCommand(new OfferHandoverRequest
        {
            Context = Context("r-2", Desk, Lan, Local(3, 3, 10)),
            DossierId = Id,
            ToAgencyId = Land,
            Note = "Chuyển hồ sơ",
        }), Igate);
        Assert.Equal(
            new HandoverOffered { HandoverId = "h-2", ToAgency = Agency(Land, LandName), StepLimit = WorkingDays(6), Deadline = Ts(3, 11, 10), CalendarVersion = Calendar2026, Note = "Chuyển hồ sơ" },
            offered.Body.HandoverOffered);
        AssertStep(offered, 2, DossierStatus.Processing, Desk, ClockState.Running, appointment: Ts(3, 13, 9), pausedMinutes: 0,
            "001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:OfferedTo");

        // 3. Accepted by the land office at 14:00.
        var accepted = walk.Step(new AcceptHandoverCommand(new AcceptHandoverRequest { Context = Context("l-1", Land, Minh, Local(3, 3, 14)), DossierId = Id }), Vbdlis);
        Assert.Equal(new HandoverAccepted { HandoverId = "h-2" }, accepted.Body.HandoverAccepted);
        Assert.Equal(Ts(3, 3, 10), accepted.State.Times.FirstHandoverTime);
        AssertStep(accepted, 3, DossierStatus.Processing, Land, ClockState.Running, appointment: Ts(3, 13, 9), pausedMinutes: 0,
            "000.12.21.H21:Holder", "001.01.21.H21:PreviousHolder,ReceivingDesk");

        // 4. The land office asks for a supplement on Wednesday 4th 09:00: the clock pauses.
        var asked = walk.Step(new RequestSupplementCommand(new RequestSupplementRequest
        {
            Context = Context("l-2", Land, Minh, Local(3, 4, 9)),
            DossierId = Id,
            Reason = "Thiếu hợp đồng chuyển nhượng bản chính",
        }), Vbdlis);
        Assert.Equal(
            new SupplementRequested { SupplementId = "s-4", Phase = SupplementPhase.Processing, Reason = "Thiếu hợp đồng chuyển nhượng bản chính" },
            asked.Body.SupplementRequested);
        Assert.Equal(Ts(3, 4, 9), asked.State.Clock.PausedSince);
        Assert.Equal(Ts(3, 13, 9), asked.State.Supplements.Single().AppointmentBefore);
        AssertStep(asked, 4, DossierStatus.AwaitingSupplement, Land, ClockState.Paused, appointment: Ts(3, 13, 9), pausedMinutes: 0,
            "000.12.21.H21:Holder,Competent", "001.01.21.H21:ReceivingDesk");

        // 5. Supplied at the desk on Friday 6th 10:00: paused 6 + 8 + 3 = 17 working hours (1020 minutes),
        //    so the appointment moves from Friday 13th 09:00 to Tuesday 17th 10:00.
        var supplied = walk.Step(new RecordSupplementCommand(new RecordSupplementRequest { Context = Context("r-3", Desk, Lan, Local(3, 6, 10)), DossierId = Id }), Igate);
        Assert.Equal(
            new Supplemented
            {
                SupplementId = "s-4",
                Resumption = new ClockResumption { PausedWorkingMinutes = 1020, Appointment = Ts(3, 17, 10), CalendarVersion = Calendar2026 },
            },
            supplied.Body.Supplemented);
        Assert.Null(supplied.State.Clock.PausedSince);
        Assert.Equal(Ts(3, 13, 9), supplied.State.Clock.OriginalAppointment);
        Assert.Equal(Ts(3, 17, 10), supplied.State.Supplements.Single().AppointmentAfter);
        AssertStep(supplied, 5, DossierStatus.Processing, Land, ClockState.Running, appointment: Ts(3, 17, 10), pausedMinutes: 1020,
            "000.12.21.H21:Holder,Competent", "001.01.21.H21:ReceivingDesk");

        // 6. Resolved by the land office on Thursday 12th 15:00, a date before the appointment's: early.
        var resolved = walk.Step(new ResolveDossierCommand(new ResolveDossierRequest
        {
            Context = Context("l-3", Land, Minh, Local(3, 12, 15)),
            DossierId = Id,
            Outcome = Outcome.Granted,
        }), Vbdlis);
        Assert.Equal(new Resolved { Outcome = Outcome.Granted }, resolved.Body.Resolved);
        Assert.Equal(Timeliness.Early, resolved.State.Clock.Timeliness);
        Assert.Equal(Ts(3, 12, 15), resolved.State.Times.ResolvedTime);
        Assert.Equal(Ts(3, 12, 15), resolved.State.Custody.Handovers[0].CompletedTime);
        AssertStep(resolved, 6, DossierStatus.Resolved, Land, ClockState.Stopped, appointment: Ts(3, 17, 10), pausedMinutes: 1020,
            "000.12.21.H21:Holder,Competent", "001.01.21.H21:ReceivingDesk,ReturnDesk");

        // 7. Handed back to the desk at 15:30 with the route's 4 working hours there: 1.5 h on Thursday, 2.5 h on Friday = 13th 09:30.
        var handedBack = walk.Step(new OfferHandoverCommand(new OfferHandoverRequest
        {
            Context = Context("l-4", Land, Minh, Local(3, 12, 15, 30)),
            DossierId = Id,
            ToAgencyId = Desk,
            IsHandBack = true,
        }), Vbdlis);
        Assert.Equal(
            new HandoverOffered { HandoverId = "h-7", ToAgency = Agency(Desk, DeskName), StepLimit = WorkingHours(4), Deadline = Ts(3, 13, 9, 30), CalendarVersion = Calendar2026, IsHandBack = true },
            handedBack.Body.HandoverOffered);
        AssertStep(handedBack, 7, DossierStatus.Resolved, Land, ClockState.Stopped, appointment: Ts(3, 17, 10), pausedMinutes: 1020,
            "000.12.21.H21:Holder", "001.01.21.H21:OfferedTo,ReceivingDesk");

        // 8. Accepted at the desk on Friday 13th 08:00: the land office's step ends when its offer is taken.
        var back = walk.Step(new AcceptHandoverCommand(new AcceptHandoverRequest { Context = Context("r-4", Desk, Lan, Local(3, 13, 8)), DossierId = Id }), Igate);
        Assert.Equal(new HandoverAccepted { HandoverId = "h-7" }, back.Body.HandoverAccepted);
        Assert.Equal(Ts(3, 12, 15, 30), back.State.Custody.Handovers[0].CompletedTime);
        AssertStep(back, 8, DossierStatus.Resolved, Desk, ClockState.Stopped, appointment: Ts(3, 17, 10), pausedMinutes: 1020,
            "001.01.21.H21:Holder,ReceivingDesk", "000.12.21.H21:PreviousHolder");

        // 9. Returned at the desk at 09:00.
        var returned = walk.Step(new ReturnResultCommand(new ReturnResultRequest
        {
            Context = Context("r-5", Desk, Lan, Local(3, 13, 9)),
            DossierId = Id,
            Method = DeliveryMethod.AtDesk,
        }), Igate);
        Assert.Equal(new ResultReturned { Method = DeliveryMethod.AtDesk }, returned.Body.ResultReturned);
        Assert.Equal(new Delivery { Status = DeliveryStatus.HandedToRecipient, Method = DeliveryMethod.AtDesk }, returned.State.Delivery);
        Assert.Equal(Ts(3, 13, 9), returned.State.Times.ReturnedTime);
        Assert.Equal(Ts(3, 13, 9), returned.State.Custody.Handovers[1].CompletedTime);
        Assert.Equal(Timeliness.Early, returned.State.Clock.Timeliness);
        Assert.Equal([Agency(Desk, DeskName), Agency(Land, LandName)], returned.State.Custody.PastHolders);
        Assert.Equal(
            ["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "000.12.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified"],
            Roles(returned));
        Assert.Empty(returned.State.ResumeStatuses);
        AssertStep(returned, 9, DossierStatus.Returned, Desk, ClockState.Stopped, appointment: Ts(3, 17, 10), pausedMinutes: 1020,
            "001.01.21.H21:Holder,ReceivingDesk,ReturnDesk", "000.12.21.H21:Competent");
    }

    private static void AssertStep(
        EventDraft draft, long sequence, DossierStatus status, string holder, ClockState clock, Timestamp appointment, long pausedMinutes,
        params string[] routes)
    {
        Assert.Equal($"d-land-walk/{sequence}", draft.Body.Id);
        Assert.Equal(sequence, draft.Body.Sequence);
        Assert.Equal(sequence - 1, draft.ExpectedVersion);
        Assert.Equal(sequence, draft.State.Version);
        Assert.Equal(status, draft.State.Status);
        Assert.Equal(holder, draft.State.Custody.HolderAgency.AgencyId);
        Assert.Equal(clock, draft.State.Clock.State);
        Assert.Equal(appointment, draft.State.Clock.Appointment);
        Assert.Equal(pausedMinutes, draft.State.Clock.PausedWorkingMinutes);
        Assert.Equal(routes, Routes(draft));
    }

    /// <summary>Decides each step on the previous draft's state, recorded a minute after its claimed time.</summary>
    private sealed class Walk
    {
        private Dossier? state;

        public EventDraft Step(DossierCommand command, string memberId, long? numberToAssign = null)
        {
            var recorded = command.Context.ClaimedTime.ToDateTimeOffset().AddMinutes(1);
            var draft = Allowed(command, memberId, Id, state, recorded);
            if (numberToAssign is { } number)
            {
                draft.AssignNationalCode(number);
            }

            Assert.Equal(recorded, draft.Body.RecordedTime.ToDateTimeOffset());
            state = draft.State;
            return draft;
        }
    }
}
