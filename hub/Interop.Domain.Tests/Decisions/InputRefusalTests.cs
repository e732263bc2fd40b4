using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Commands;
using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Type.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;
using static Interop.Domain.Tests.Decisions.Scenes;

namespace Interop.Domain.Tests.Decisions;

/// <summary>
/// Bad input, command by command: each refusal's status family, reason and violated field paths, written out.
/// Every case is decided on Wednesday 2026-03-04 10:00 (no claimed time).
/// </summary>
public sealed class InputRefusalTests
{
    private static readonly Dictionary<string, InputCase> Table = new()
    {
        ["ReceiveDossier: a national code at a hub-issued desk"] = new(
            () => new ReceiveDossierCommand(With(ReceiveLand("r-1"), r => r.NationalCode = "001.01.21.H21-260304-0001")), Igate, "d-new", () => null,
            ErrorReason.NationalCodeNotExpected, ["national_code: the hub issues this agency's national codes; send none (NationalCodeNotExpected)"]),
        ["ReceiveDossier: a new dossier without channel or owner"] = new(
            () => new ReceiveDossierCommand(With(ReceiveLand("r-1"), r => { r.Dossier.Details.Channel = Channel.Unspecified; r.Dossier.PersonalData.Owner.Name = " "; })), Igate, "d-new", () => null,
            ErrorReason.FieldInvalid, ["dossier.details.channel: required (FieldInvalid)", "dossier.personal_data.owner.name: required (FieldInvalid)"]),
        ["ReceiveDossier: a procedure the registry does not know"] = new(
            () => new ReceiveDossierCommand(With(ReceiveLand("r-1"), r => r.Dossier.Details.Procedure.ProcedureCode = "9.999999")), Igate, "d-new", () => null,
            ErrorReason.ProcedureUnknown, ["dossier.details.procedure.procedure_code: no procedure 9.999999 in the registry (ProcedureUnknown)"]),
        ["FileDossier: an unknown receiving agency"] = new(
            () => new FileDossierCommand(new FileDossierRequest { Context = Context("p-1", Desk, Lan), VendorCode = "DVC-2026-000124", ReceivingAgencyId = "000.99.99.H21", Dossier = LandInput(Channel.Online) }),
            Portal, "d-new", () => null,
            ErrorReason.AgencyUnknown, ["receiving_agency_id: no such agency in the registry (AgencyUnknown)"]),
        ["RefuseDossier: no reason"] = new(
            () => new RefuseDossierCommand(new RefuseDossierRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["reason: required (FieldInvalid)"]),
        ["RequestSupplement: a blank reason"] = new(
            () => new RequestSupplementCommand(new RequestSupplementRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Reason = "  " }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["reason: required (FieldInvalid)"]),
        ["RequestSupplement: a citizen deadline that is no timestamp"] = new(
            () => new RequestSupplementCommand(new RequestSupplementRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Reason = "Thiếu bản chính", CitizenDeadline = new Timestamp { Seconds = 253_402_300_800 } }),
            Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["citizen_deadline: not a valid timestamp (0001-01-01 to 9999-12-31 UTC) (FieldInvalid)"]),
        ["RecordSupplement: a document without custody"] = new(
            () => new RecordSupplementCommand(new RecordSupplementRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId, Documents = { new DocumentRef { Id = "doc-1" } } }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["documents[0].custody: required: hub, vendor or paper (FieldInvalid)"]),
        ["ExpireSupplement: no dossier id"] = new(
            () => new ExpireSupplementCommand(new ExpireSupplementRequest { Context = Context("r-3", Desk, Lan) }), Igate, "", () => null,
            ErrorReason.FieldInvalid, ["dossier_id: required (FieldInvalid)"]),
        ["RequestFee: an amount in dollars"] = new(
            () => new RequestFeeCommand(new RequestFeeRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Lines = { new FeeLine { Code = "LP", Amount = new Money { CurrencyCode = "USD", Units = 2 } } } }),
            Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["lines[0].amount: a non-negative amount in VND (FieldInvalid)"]),
        ["RecordFeePayment: no payment"] = new(
            () => new RecordFeePaymentCommand(new RecordFeePaymentRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["payments: at least one payment (FieldInvalid)"]),
        ["OfferHandover: to the offering agency itself"] = new(
            () => new OfferHandoverCommand(new OfferHandoverRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, ToAgencyId = Desk, StepLimit = WorkingHours(4) }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["to_agency_id: an agency does not hand a dossier over to itself (FieldInvalid)"]),
        ["OfferHandover: to an agency the registry does not know"] = new(
            () => new OfferHandoverCommand(new OfferHandoverRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, ToAgencyId = "000.99.99.H21" }), Igate, LandId, Received,
            ErrorReason.AgencyUnknown, ["to_agency_id: no such agency in the registry (AgencyUnknown)"]),
        ["OfferHandover: to an agency with no route step and no limit"] = new(
            () => new OfferHandoverCommand(new OfferHandoverRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, ToAgencyId = OtherDesk }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["step_limit: a limit with an amount and a unit is required (FieldInvalid)"]),
        ["AcceptHandover: no dossier id"] = new(
            () => new AcceptHandoverCommand(new AcceptHandoverRequest { Context = Context("l-1", Land, Minh) }), Vbdlis, "", () => null,
            ErrorReason.FieldInvalid, ["dossier_id: required (FieldInvalid)"]),
        ["ReturnHandover: no reason"] = new(
            () => new ReturnHandoverCommand(new ReturnHandoverRequest { Context = Context("l-1", Land, Minh), DossierId = LandId }), Vbdlis, LandId, Offered,
            ErrorReason.FieldInvalid, ["reason: required (FieldInvalid)"]),
        ["RecallHandover: no reason"] = new(
            () => new RecallHandoverCommand(new RecallHandoverRequest { Context = Context("r-3", Desk, Lan), DossierId = LandId }), Igate, LandId, Offered,
            ErrorReason.FieldInvalid, ["reason: required (FieldInvalid)"]),
        ["RequestConsultation: no limit"] = new(
            () => new RequestConsultationCommand(new RequestConsultationRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, ConsultedAgencyId = Tax, Question = "Xác định nghĩa vụ tài chính" }),
            Vbdlis, LandId, AtLand,
            ErrorReason.FieldInvalid, ["limit: a limit with an amount and a unit is required (FieldInvalid)"]),
        ["RequestConsultation: an agency the registry does not know"] = new(
            () => new RequestConsultationCommand(new RequestConsultationRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, ConsultedAgencyId = "000.99.99.H21", Question = "Hỏi", Limit = WorkingDays(3) }),
            Vbdlis, LandId, AtLand,
            ErrorReason.AgencyUnknown, ["consulted_agency_id: no such agency in the registry (AgencyUnknown)"]),
        ["AnswerConsultation: no consultation id and no answer"] = new(
            () => new AnswerConsultationCommand(new AnswerConsultationRequest { Context = Context("t-1", Tax, Hoa), DossierId = LandId }), TaxSystem, LandId, AtLand,
            ErrorReason.FieldInvalid, ["consultation_id: required (FieldInvalid)", "answer: required (FieldInvalid)"]),
        ["SuspendDossier: no reason"] = new(
            () => new SuspendDossierCommand(new SuspendDossierRequest { Context = Context("l-2", Land, Minh), DossierId = LandId }), Vbdlis, LandId, AtLand,
            ErrorReason.FieldInvalid, ["reason: required (FieldInvalid)"]),
        ["ResumeDossier: no dossier id"] = new(
            () => new ResumeDossierCommand(new ResumeDossierRequest { Context = Context("l-3", Land, Minh) }), Vbdlis, "", () => null,
            ErrorReason.FieldInvalid, ["dossier_id: required (FieldInvalid)"]),
        ["WithdrawDossier: a reason over 4000 characters"] = new(
            () => new WithdrawDossierCommand(new WithdrawDossierRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Reason = new string('x', 4001) }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["reason: at most 4000 characters (FieldInvalid)"]),
        ["ResolveDossier: no outcome"] = new(
            () => new ResolveDossierCommand(new ResolveDossierRequest { Context = Context("b-2", Desk, Lan), DossierId = BirthId }), Igate, BirthId, BirthReceived,
            ErrorReason.FieldInvalid, ["outcome: granted or not granted (FieldInvalid)"]),
        ["ResolveDossier: result form data that is not JSON"] = new(
            () => new ResolveDossierCommand(new ResolveDossierRequest { Context = Context("b-2", Desk, Lan), DossierId = BirthId, Outcome = Outcome.Granted, ResultFormData = new FormData { SchemaId = "vn.gov.hotich/khai-sinh", Json = "{" } }),
            Igate, BirthId, BirthReceived,
            ErrorReason.FormDataInvalid, ["result_form_data.json: not valid JSON text (FormDataInvalid)"]),
        ["RecallResult: no reason"] = new(
            () => new RecallResultCommand(new RecallResultRequest { Context = Context("b-3", Desk, Lan), DossierId = BirthId }), Igate, BirthId, BirthResolved,
            ErrorReason.FieldInvalid, ["reason: required (FieldInvalid)"]),
        ["ReturnResult: no method"] = new(
            () => new ReturnResultCommand(new ReturnResultRequest { Context = Context("b-3", Desk, Lan), DossierId = BirthId }), Igate, BirthId, BirthResolved,
            ErrorReason.FieldInvalid, ["method: at the desk, by post or online (FieldInvalid)"]),
        ["RescheduleAppointment: no new appointment"] = new(
            () => new RescheduleAppointmentCommand(new RescheduleAppointmentRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, Reason = "Chờ thuế" }), Vbdlis, LandId, AtLand,
            ErrorReason.FieldInvalid, ["new_appointment: required (FieldInvalid)"]),
        ["RescheduleAppointment: an appointment earlier than the current one"] = new(
            () => new RescheduleAppointmentCommand(new RescheduleAppointmentRequest { Context = Context("l-2", Land, Minh), DossierId = LandId, Reason = "Chờ thuế", NewAppointment = Ts(3, 12, 17) }),
            Vbdlis, LandId, AtLand,
            ErrorReason.FieldInvalid, ["new_appointment: an apology promises a later appointment than the current one (FieldInvalid)"]),
        ["AmendDossier: a path that is not amendable"] = new(
            () => new AmendDossierCommand(new AmendDossierRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, Reason = "Sửa kênh", UpdateMask = new FieldMask { Paths = { "details.channel" } } }),
            Igate, LandId, Received,
            ErrorReason.UpdateMaskInvalid, ["update_mask: 'details.channel' is not an amendable input field (UpdateMaskInvalid)"]),
        ["AddNote: nothing said"] = new(
            () => new AddNoteCommand(new AddNoteRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId }), Igate, LandId, Received,
            ErrorReason.FieldInvalid, ["text: a note says something: text, progress or a postal report (FieldInvalid)"]),
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Table.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Table_covers_all_23_commands()
        => Assert.Equal(23, Table.Values.Select(c => c.Command().GetType()).Distinct().Count());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_with_bad_input_is_refused_with_its_reason_and_field_paths(string name)
    {
        var c = Table[name];

        var refusal = Refused(c.Command(), c.Member, c.DossierId, c.State(), Local(3, 4, 10));

        Assert.Equal(RefusalKind.InvalidArgument, refusal.Kind);
        Assert.Equal(c.Reason, refusal.Reason);
        Assert.Equal(c.Violations, Violations(refusal));
        Assert.Null(refusal.CurrentVersion);
    }

    [Fact]
    public void Several_violations_of_different_reasons_fall_under_field_invalid_with_a_message_naming_each()
    {
        var request = ReceiveLand("r-1");
        request.NationalCode = "001.01.21.H21-260304-0001";
        request.Dossier.Details.Channel = Channel.Unspecified;

        var refusal = Refused(new ReceiveDossierCommand(request), Igate, "d-new", null, Local(3, 4, 10));

        Assert.Equal(ErrorReason.FieldInvalid, refusal.Reason);
        Assert.Equal(
            ["dossier.details.channel: required (FieldInvalid)", "national_code: the hub issues this agency's national codes; send none (NationalCodeNotExpected)"],
            Violations(refusal));
        Assert.Equal("dossier.details.channel: required; national_code: the hub issues this agency's national codes; send none", refusal.Message);
    }

    private static T With<T>(T message, Action<T> change)
    {
        change(message);
        return message;
    }

    private sealed record InputCase(Func<DossierCommand> Command, string Member, string DossierId, Func<Dossier?> State, ErrorReason Reason, string[] Violations);
}
