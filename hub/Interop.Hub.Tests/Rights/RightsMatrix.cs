using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;
using static Interop.Hub.Tests.Rights.Scenes;

namespace Interop.Hub.Tests.Rights;

/// <summary>
/// The rights matrix of DESIGN.md §4 "Identity and rights" and the "who" column of the transition
/// table (§3, STANDARD.md LC-4, RIGHTS-1..4): every RPC of DossierService, AuditService and
/// RegistryService × caller → outcome.
///
/// Callers, each naming its own agency as the acting agency (the auditor and the unknown token name
/// the land office and the desk):
///   holder    member-vbdlis-gialai for the land office          000.12.21.H21 (the competent agency)
///   desk      member-igate-gialai  for the commune desk         001.01.21.H21 (receiving and return desk)
///   previous  member-dkkd          for the business reg. office 000.07.21.H21
///   unrelated member-tax-gialai    for the tax office           000.16.21.H21
///   auditor   member-auditor-vpcp
///   unknown   a bearer token no member has
///
/// Scenes (<see cref="Scene"/>): in AtLand* and Returned the desk received the dossier and handed it to
/// the business office, which handed it on to the land office: the columns are then literally holder,
/// desk, previous holder and unrelated. In Filed and Received the desk itself holds the dossier; the
/// land office is then a stranger (Filed) or the competent agency, which reads but never wrote
/// (Received). In AtLandConsultingTax the tax office is the consulted agency (marked †).
///
/// Outcomes:
///   OK      answered (a write appends exactly one event)
///   OK+ OK- a list answered with / without the scene's dossier
///   ANA     PERMISSION_DENIED ACTOR_NOT_ALLOWED              (may read, but the table does not let it cause the event)
///   DAD     PERMISSION_DENIED DOSSIER_ACCESS_DENIED          (may not read it; same answer as for a dossier that does not exist)
///   NRM     PERMISSION_DENIED AGENCY_NOT_REGISTERED_TO_MEMBER
///   RO      PERMISSION_DENIED MEMBER_READ_ONLY               (auditors write nothing)
///   UNAUTH  UNAUTHENTICATED CREDENTIAL_INVALID
/// Every refused write leaves the dossier's version unchanged.
/// </summary>
internal static class RightsMatrix
{
    public static readonly IReadOnlyList<string> Lines =
    [
        // call                   | scene                    | holder | desk | previous | unrelated | auditor | unknown
        "FileDossier              | None                     | ANA    | OK   | ANA      | ANA       | RO      | UNAUTH",
        "ReceiveDossier           | None                     | OK     | OK   | OK       | OK        | RO      | UNAUTH",
        "ReceiveDossier           | Filed                    | DAD    | OK   | DAD      | DAD       | RO      | UNAUTH",
        "RefuseDossier            | Received                 | ANA    | OK   | DAD      | DAD       | RO      | UNAUTH",
        "AddNote                  | Received                 | ANA    | OK   | DAD      | DAD       | RO      | UNAUTH",
        "GetDossier               | Received                 | OK     | OK   | DAD      | DAD       | OK      | UNAUTH",
        "RequestSupplement        | AtLand                   | OK     | OK   | ANA      | DAD       | RO      | UNAUTH",
        "RecordSupplement         | AtLandAwaitingSupplement | ANA    | OK   | ANA      | DAD       | RO      | UNAUTH",
        "ExpireSupplement         | AtLandAwaitingSupplement | OK     | OK   | ANA      | DAD       | RO      | UNAUTH",
        "RequestFee               | AtLand                   | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "RecordFeePayment         | AtLandAwaitingFee        | OK     | OK   | ANA      | DAD       | RO      | UNAUTH",
        "OfferHandover            | AtLand                   | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "AcceptHandover           | AtLandOfferedBackToDesk  | ANA    | OK   | ANA      | DAD       | RO      | UNAUTH",
        "ReturnHandover           | AtLandOfferedBackToDesk  | ANA    | OK   | ANA      | DAD       | RO      | UNAUTH",
        "RecallHandover           | AtLandOfferedBackToDesk  | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "RequestConsultation      | AtLand                   | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "AnswerConsultation       | AtLandConsultingTax      | ANA    | ANA  | ANA      | OK†       | RO      | UNAUTH",
        "SuspendDossier           | AtLand                   | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "ResumeDossier            | AtLandSuspended          | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "WithdrawDossier          | AtLand                   | ANA    | OK   | ANA      | DAD       | RO      | UNAUTH",
        "ResolveDossier           | AtLand                   | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "RecallResult             | AtLandResolved           | OK     | ANA  | ANA      | DAD       | RO      | UNAUTH",
        "ReturnResult             | AtLandResolved           | ANA    | OK   | ANA      | DAD       | RO      | UNAUTH",
        "RescheduleAppointment    | AtLand                   | OK     | OK   | ANA      | DAD       | RO      | UNAUTH",
        "AmendDossier             | AtLand                   | OK     | OK   | ANA      | DAD       | RO      | UNAUTH",
        "AddNote                  | AtLand                   | OK     | OK   | OK       | DAD       | RO      | UNAUTH",
        "AddNote                  | Returned                 | OK     | OK   | OK       | DAD       | RO      | UNAUTH",
        "GetDossier               | AtLand                   | OK     | OK   | OK       | DAD       | OK      | UNAUTH",
        "GetDossier               | AtLandConsultingTax      | OK     | OK   | OK       | OK†       | OK      | UNAUTH",
        "ListDossiers             | AtLand                   | OK+    | OK+  | OK+      | OK-       | OK+     | UNAUTH",
        "ListDossierEvents        | AtLand                   | OK     | OK   | OK       | DAD       | OK      | UNAUTH",
        "GetControlSheet          | AtLand                   | OK     | OK   | OK       | DAD       | OK      | UNAUTH",
        "ListRefusals             | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "GetStatistics(own)       | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "GetStatistics(land)      | None                     | OK     | NRM  | NRM      | NRM       | OK      | UNAUTH",
        "GetRegistryInfo          | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "GetAgency                | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "ListAgencies             | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "GetProcedure             | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "ListProcedures           | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "GetMember                | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
        "GetAdministrativeUnit    | None                     | OK     | OK   | OK       | OK        | OK      | UNAUTH",
    ];

    /// <summary>The callers in column order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["holder", "desk", "previous", "unrelated", "auditor", "unknown"];

    /// <summary>The request a caller sends for a row: (scene's dossier or null, acting agency, request id).</summary>
    public static readonly IReadOnlyDictionary<string, Func<Dossier?, string, string, IMessage>> Requests = new Dictionary<string, Func<Dossier?, string, string, IMessage>>
    {
        ["FileDossier"] = (_, a, id) => File(id, a, Members.Desk),
        ["ReceiveDossier"] = (d, a, id) => d is null
            ? Receive(id, a)
            : new ReceiveDossierRequest { Context = Context(id, a), DossierId = d.Id, VendorCode = NewVendorCode(), NationalCode = a == Members.Land ? NewLandNationalCode() : "" },
        ["RefuseDossier"] = (d, a, id) => new RefuseDossierRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Hồ sơ không đúng thẩm quyền" },
        ["RequestSupplement"] = (d, a, id) => new RequestSupplementRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Thiếu bản đồ địa chính" },
        ["RecordSupplement"] = (d, a, id) => new RecordSupplementRequest { Context = Context(id, a), DossierId = d!.Id, ReceptionNote = "Công dân nộp bổ sung" },
        ["ExpireSupplement"] = (d, a, id) => new ExpireSupplementRequest { Context = Context(id, a), DossierId = d!.Id, Note = "Quá hạn bổ sung" },
        ["RequestFee"] = (d, a, id) => new RequestFeeRequest { Context = Context(id, a), DossierId = d!.Id, Lines = { new FeeLine { Code = "LP-01", Kind = FeeKind.FinancialObligation, Amount = Vnd(500_000) } } },
        ["RecordFeePayment"] = (d, a, id) => new RecordFeePaymentRequest { Context = Context(id, a), DossierId = d!.Id, Payments = { new Payment { FeeCode = "LP-01", Amount = Vnd(500_000) } } },
        ["OfferHandover"] = (d, a, id) => new OfferHandoverRequest { Context = Context(id, a), DossierId = d!.Id, ToAgencyId = Members.Desk, IsHandBack = true, StepLimit = Days(1) },
        ["AcceptHandover"] = (d, a, id) => new AcceptHandoverRequest { Context = Context(id, a), DossierId = d!.Id },
        ["ReturnHandover"] = (d, a, id) => new ReturnHandoverRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Chưa có kết quả" },
        ["RecallHandover"] = (d, a, id) => new RecallHandoverRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Chuyển nhầm" },
        ["RequestConsultation"] = (d, a, id) => new RequestConsultationRequest { Context = Context(id, a), DossierId = d!.Id, ConsultedAgencyId = Members.Tax, Question = "Xác định nghĩa vụ tài chính", Limit = Days(3) },
        ["AnswerConsultation"] = (d, a, id) => new AnswerConsultationRequest { Context = Context(id, a), DossierId = d!.Id, ConsultationId = d.Custody.Consultations.LastOrDefault()?.Id ?? "c-0", Answer = "Thông báo nộp thuế số 123/TB-CCT" },
        ["SuspendDossier"] = (d, a, id) => new SuspendDossierRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Có tranh chấp" },
        ["ResumeDossier"] = (d, a, id) => new ResumeDossierRequest { Context = Context(id, a), DossierId = d!.Id, Note = "Hết tranh chấp" },
        ["WithdrawDossier"] = (d, a, id) => new WithdrawDossierRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Công dân xin rút hồ sơ" },
        ["ResolveDossier"] = (d, a, id) => new ResolveDossierRequest { Context = Context(id, a), DossierId = d!.Id, Outcome = Outcome.Granted },
        ["RecallResult"] = (d, a, id) => new RecallResultRequest { Context = Context(id, a), DossierId = d!.Id, Reason = "Sai sót trên giấy chứng nhận" },
        ["ReturnResult"] = (d, a, id) => new ReturnResultRequest { Context = Context(id, a), DossierId = d!.Id, Method = DeliveryMethod.AtDesk },
        ["RescheduleAppointment"] = (d, a, id) => new RescheduleAppointmentRequest
        {
            Context = Context(id, a),
            DossierId = d!.Id,
            Reason = "Chờ ý kiến cơ quan thuế",
            NewAppointment = Timestamp.FromDateTimeOffset(d.Clock.Appointment.ToDateTimeOffset().AddDays(5)),
        },
        ["AmendDossier"] = (d, a, id) => new AmendDossierRequest
        {
            Context = Context(id, a),
            DossierId = d!.Id,
            Dossier = new DossierInput { Details = new DossierDetails { Summary = "Đăng ký biến động do tặng cho thửa đất số 45" } },
            UpdateMask = new FieldMask { Paths = { "details.summary" } },
            Reason = "Công dân khai nhầm",
        },
        ["AddNote"] = (d, a, id) => Note(id, a, d!.Id),
        ["GetDossier"] = (d, _, _) => new GetDossierRequest { DossierId = d!.Id },
        ["ListDossiers"] = (_, a, _) => new ListDossiersRequest { AgencyId = a, PageSize = 500 },
        ["ListDossierEvents"] = (d, _, _) => new ListDossierEventsRequest { DossierId = d!.Id },
        ["GetControlSheet"] = (d, _, _) => new GetControlSheetRequest { DossierId = d!.Id },
        ["ListRefusals"] = (_, _, _) => new ListRefusalsRequest(),
        ["GetStatistics(own)"] = (_, a, _) => Statistics(a),
        ["GetStatistics(land)"] = (_, _, _) => Statistics(Members.Land),
        ["GetRegistryInfo"] = (_, _, _) => new GetRegistryInfoRequest(),
        ["GetAgency"] = (_, _, _) => new GetAgencyRequest { AgencyId = Members.Land },
        ["ListAgencies"] = (_, _, _) => new ListAgenciesRequest(),
        ["GetProcedure"] = (_, _, _) => new GetProcedureRequest { ProcedureCode = "1.004227" },
        ["ListProcedures"] = (_, _, _) => new ListProceduresRequest(),
        ["GetMember"] = (_, _, _) => new GetMemberRequest { MemberId = "member-igate-gialai" },
        ["GetAdministrativeUnit"] = (_, _, _) => new GetAdministrativeUnitRequest { Code = "23563", Edition = UnitListEdition.List2025 },
    };

    /// <summary>The caller of a column and the agency it acts for.</summary>
    public static (HubClient Client, string Agency) Caller(Members members, string column) => column switch
    {
        "holder" => (members.Vbdlis, Members.Land),
        "desk" => (members.Igate, Members.Desk),
        "previous" => (members.BusinessRegistry, Members.Business),
        "unrelated" => (members.TaxSystem, Members.Tax),
        "auditor" => (members.Auditor, Members.Land),
        "unknown" => (members.Forged, Members.Desk),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>The expected wire answer of an outcome cell ("OK" for every answered call).</summary>
    public static string Expected(string cell) => cell.TrimEnd('†') switch
    {
        "OK" or "OK+" or "OK-" => "OK",
        "ANA" => "PermissionDenied ACTOR_NOT_ALLOWED",
        "DAD" => "PermissionDenied DOSSIER_ACCESS_DENIED",
        "NRM" => "PermissionDenied AGENCY_NOT_REGISTERED_TO_MEMBER",
        "RO" => "PermissionDenied MEMBER_READ_ONLY",
        "UNAUTH" => "Unauthenticated CREDENTIAL_INVALID",
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, null),
    };

    /// <summary>A row's cells: call, scene, then one outcome per column.</summary>
    public static string[] Cells(string line) => [.. line.Split('|').Select(c => c.Trim())];

    private static GetStatisticsRequest Statistics(string agency)
    {
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        return new GetStatisticsRequest
        {
            AgencyId = agency,
            PeriodStart = new CivilDate { Year = today.Year, Month = today.Month, Day = 1 },
            PeriodEnd = new CivilDate { Year = today.Year, Month = today.Month, Day = DateTime.DaysInMonth(today.Year, today.Month) },
        };
    }
}
