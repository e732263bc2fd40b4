using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Commands;
using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>The refusals every command shares: the envelope, the right to act, the expected version, claimed times and the lifecycle.</summary>
public sealed class GenericRefusalTests
{
    private static AddNoteCommand Note(CommandContext context) => new(new AddNoteRequest { Context = context, DossierId = LandId, Text = "Ghi chú" });

    [Fact]
    public void Auditor_may_not_write()
    {
        var refusal = CommandEnvelope.Check(Caller(Auditor), Context("a-1", Desk, Lan));

        Assert.Equal("PermissionDenied MemberReadOnly: auditors read; they do not write", Describe(refusal));
        Assert.Empty(refusal!.Violations);
    }

    [Fact]
    public void Request_id_with_a_space_and_no_acting_agency_are_refused_as_fields()
    {
        var refusal = CommandEnvelope.Check(Caller(Igate), Context("r 1", "", Lan));

        Assert.Equal(RefusalKind.InvalidArgument, refusal!.Kind);
        Assert.Equal(ErrorReason.FieldInvalid, refusal.Reason);
        Assert.Equal(
            ["context.request_id: 1 to 128 printable ASCII characters, no spaces (FieldInvalid)", "context.acting_agency_id: required (FieldInvalid)"],
            Violations(refusal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("r-\u00e9")]
    public void Request_id_empty_or_not_ascii_is_refused(string requestId)
    {
        var refusal = CommandEnvelope.Check(Caller(Igate), Context(requestId, Desk, Lan));

        Assert.Equal(["context.request_id: 1 to 128 printable ASCII characters, no spaces (FieldInvalid)"], Violations(refusal!));
    }

    [Fact]
    public void Request_id_of_129_characters_is_refused_and_of_128_allowed()
    {
        Assert.Equal(
            ["context.request_id: 1 to 128 printable ASCII characters, no spaces (FieldInvalid)"],
            Violations(CommandEnvelope.Check(Caller(Igate), Context(new string('r', 129), Desk, Lan))!));
        Assert.Null(CommandEnvelope.Check(Caller(Igate), Context(new string('r', 128), Desk, Lan)));
    }

    [Fact]
    public void Acting_agency_not_registered_to_the_member_is_denied()
    {
        var refusal = CommandEnvelope.Check(Caller(Igate), Context("r-1", Land, Lan));

        Assert.Equal(RefusalKind.PermissionDenied, refusal!.Kind);
        Assert.Equal(ErrorReason.AgencyNotRegisteredToMember, refusal.Reason);
        Assert.Equal("the acting agency is not registered to the calling member", refusal.Message);
    }

    [Fact]
    public void Member_acting_for_its_own_agency_passes_the_envelope()
        => Assert.Null(CommandEnvelope.Check(Caller(Vbdlis), Context("l-1", Land, Minh)));

    [Fact]
    public void Agency_without_a_reading_right_is_denied_the_dossier()
    {
        var refusal = Refused(Note(Context("t-1", Tax, Hoa)), TaxSystem, LandId, Received(), Local(3, 4, 10));

        Assert.Equal(RefusalKind.PermissionDenied, refusal.Kind);
        Assert.Equal(ErrorReason.DossierAccessDenied, refusal.Reason);
        Assert.Equal("the caller may not act on this dossier, or it does not exist", refusal.Message);
    }

    [Fact]
    public void Dossier_that_does_not_exist_is_denied_like_one_not_readable()
    {
        var refusal = Refused(Note(Context("r-2", Desk, Lan)), Igate, LandId, null, Local(3, 4, 10));

        Assert.Equal(ErrorReason.DossierAccessDenied, refusal.Reason);
    }

    [Fact]
    public void Creating_command_whose_dossier_exists_is_a_reused_request_id()
    {
        var refusal = Refused(new ReceiveDossierCommand(ReceiveLand("r-1")), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal(RefusalKind.AlreadyExists, refusal.Kind);
        Assert.Equal(ErrorReason.RequestIdReused, refusal.Reason);
    }

    [Fact]
    public void Expected_version_not_the_dossiers_is_aborted_with_the_current_version()
    {
        var context = Context("r-2", Desk, Lan);
        context.ExpectedVersion = 5;

        var refusal = Refused(Note(context), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal("Aborted VersionMismatch: the dossier is at version 1 (version 1)", Describe(refusal));
        Assert.Equal(1, refusal.CurrentVersion);
    }

    [Fact]
    public void Expected_version_equal_to_the_dossiers_is_allowed()
    {
        var context = Context("r-2", Desk, Lan);
        context.ExpectedVersion = 1;

        Assert.Equal(1, Allowed(Note(context), Igate, LandId, Received(), Local(3, 4, 10)).ExpectedVersion);
    }

    [Fact]
    public void Claimed_time_more_than_5_minutes_ahead_is_refused()
    {
        var refusal = Refused(Note(Context("r-2", Desk, Lan, Local(3, 4, 10, 5, 1))), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal(RefusalKind.InvalidArgument, refusal.Kind);
        Assert.Equal(ErrorReason.ClaimedTimeOutOfBounds, refusal.Reason);
        Assert.Equal(["context.claimed_time: is more than 5 minutes after the hub's clock (ClaimedTimeOutOfBounds)"], Violations(refusal));
    }

    [Fact]
    public void Claimed_time_exactly_5_minutes_ahead_is_allowed_and_recorded_as_claimed()
    {
        var draft = Allowed(Note(Context("r-2", Desk, Lan, Local(3, 4, 10, 5))), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal(Ts(3, 4, 10, 5), draft.Body.ClaimedTime);
        Assert.Equal(Ts(3, 4, 10), draft.Body.RecordedTime);
    }

    [Fact]
    public void Claimed_time_more_than_72_hours_behind_is_refused_unless_imported()
    {
        var context = Context("r-2", Desk, Lan, Local(3, 4, 9, 59));
        var recorded = Local(3, 7, 10);

        var refusal = Refused(Note(context), Igate, LandId, Received(), recorded);
        context.Provenance = new Provenance { Kind = ProvenanceKind.Imported, SourceSystem = "igate-v2" };
        var imported = Allowed(Note(context), Igate, LandId, Received(), recorded);

        Assert.Equal(
            ["context.claimed_time: is more than 72 hours before the hub's clock (imported history must say so in its provenance) (ClaimedTimeOutOfBounds)"],
            Violations(refusal));
        Assert.Equal(Ts(3, 4, 9, 59), imported.Body.ClaimedTime);
        Assert.Equal(new Provenance { Kind = ProvenanceKind.Imported, SourceSystem = "igate-v2" }, imported.Body.Provenance);
    }

    [Fact]
    public void Claimed_time_before_the_previous_event_is_refused()
    {
        var refusal = Refused(Note(Context("r-2", Desk, Lan, Local(3, 3, 8, 59))), Igate, LandId, Received(), Local(3, 3, 10));

        Assert.Equal(["context.claimed_time: is earlier than the dossier's previous event (ClaimedTimeOutOfBounds)"], Violations(refusal));
    }

    [Fact]
    public void Event_the_table_does_not_allow_in_the_status_is_a_refused_transition()
    {
        var request = new ReturnResultRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Method = DeliveryMethod.AtDesk };

        var refusal = Refused(new ReturnResultCommand(request), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal("FailedPrecondition LifecycleTransitionRefused: ResultReturned is not allowed in status Received", Describe(refusal));
        Assert.Empty(refusal.Violations);
    }

    [Fact]
    public void Event_whose_precondition_fails_names_it()
    {
        var refusal = Refused(new AcceptHandoverCommand(new AcceptHandoverRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId }), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal(ErrorReason.LifecycleTransitionRefused, refusal.Reason);
        Assert.Equal("HandoverAccepted needs a pending hand-over offer", refusal.Message);
    }

    [Fact]
    public void Land_case_the_desk_does_not_resolve_itself_is_not_resolved_from_received()
    {
        var request = new ResolveDossierRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Outcome = Outcome.Granted };

        var refusal = Refused(new ResolveDossierCommand(request), Igate, LandId, Received(), Local(3, 4, 10));

        Assert.Equal(RefusalKind.FailedPrecondition, refusal.Kind);
        Assert.Equal("Resolved needs a procedure case the desk resolves itself", refusal.Message);
    }

    [Fact]
    public void Closed_dossier_takes_only_notes()
    {
        var refused = Allowed(
            new RefuseDossierCommand(new RefuseDossierRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Reason = "Không đủ điều kiện" }),
            Igate, LandId, Received(), Local(3, 3, 10)).State;

        var withdraw = Refused(
            new WithdrawDossierCommand(new WithdrawDossierRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId, Reason = "Rút" }), Igate, LandId, refused, Local(3, 3, 11));
        var note = Allowed(Note(Context("r-4", Desk, Lan)), Igate, LandId, refused, Local(3, 3, 11));

        Assert.Equal("FailedPrecondition DossierClosed: the dossier is closed (Refused); only notes are allowed", Describe(withdraw));
        Assert.Equal(DossierStatus.Refused, note.State.Status);
    }

    [Fact]
    public void Agency_the_row_does_not_name_is_denied_the_event()
    {
        var request = new WithdrawDossierRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, Reason = "Công dân xin rút" };

        var refusal = Refused(new WithdrawDossierCommand(request), Vbdlis, LandId, AtLand(), Local(3, 4, 10));

        Assert.Equal("PermissionDenied ActorNotAllowed: the acting agency may not cause Withdrawn now", Describe(refusal));
    }

    [Fact]
    public void Offerer_may_not_accept_its_own_offer()
    {
        var refusal = Refused(new AcceptHandoverCommand(new AcceptHandoverRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId }), Igate, LandId, Offered(), Local(3, 3, 11));

        Assert.Equal(RefusalKind.PermissionDenied, refusal.Kind);
        Assert.Equal(ErrorReason.ActorNotAllowed, refusal.Reason);
        Assert.Equal("the acting agency may not cause HandoverAccepted now", refusal.Message);
    }

    [Fact]
    public void Second_offer_while_one_is_pending_is_refused()
    {
        var request = new OfferHandoverRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId, ToAgencyId = Tax, StepLimit = WorkingDays(1) };

        var refusal = Refused(new OfferHandoverCommand(request), Igate, LandId, Offered(), Local(3, 3, 11));

        Assert.Equal(ErrorReason.LifecycleTransitionRefused, refusal.Reason);
        Assert.Equal("HandoverOffered needs no pending hand-over offer (one offer at a time)", refusal.Message);
    }

    [Fact]
    public void Answer_to_a_consultation_that_is_not_open_is_refused()
    {
        var request = new AnswerConsultationRequest { Context = Context("t-1", Tax, Hoa), DossierId = LandId, ConsultationId = "c-9", Answer = "Trả lời" };
        var consulted = Allowed(
            new RequestConsultationCommand(new RequestConsultationRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, ConsultedAgencyId = Tax, Question = "Hỏi", Limit = WorkingDays(3) }),
            Vbdlis, LandId, AtLand(), Local(3, 4, 9)).State;

        var refusal = Refused(new AnswerConsultationCommand(request), TaxSystem, LandId, consulted, Local(3, 4, 10));

        Assert.Equal(ErrorReason.LifecycleTransitionRefused, refusal.Reason);
        Assert.Equal("ConsultationAnswered needs an open consultation with that id", refusal.Message);
    }

    [Fact]
    public void Decision_is_the_same_for_the_same_input()
    {
        var first = Allowed(new ReceiveDossierCommand(ReceiveLand("r-1")), Igate, LandId, null, Local(3, 3, 9));
        var second = Allowed(new ReceiveDossierCommand(ReceiveLand("r-1")), Igate, LandId, null, Local(3, 3, 9));

        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.State, second.State);
        Assert.Equal(Timestamp.FromDateTimeOffset(Local(3, 3, 9)), first.Body.ClaimedTime);
    }
}
