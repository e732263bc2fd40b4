using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Interop.Hub.Tests.Rights;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Grpc.Core.StatusCode;
using static Interop.Hub.Tests.Rights.Scenes;

namespace Interop.Hub.Tests.Refusals;

/// <summary>
/// Malformed and forbidden requests with the answer DESIGN.md §3–§4 and protos/STANDARD.md give for
/// each (status code, ErrorInfo reason, and for bad input the BadRequest field). Every row is also
/// checked to write nothing: see <see cref="RefusalTests"/>.
/// </summary>
internal static class RefusalTable
{
    private const string Unknown = "099.99.99.H99";

    public static readonly IReadOnlyList<RefusalRow> Rows =
    [
        // ── Context, identity and transport (RIGHTS-1, RIGHTS-2, RIGHTS-3, IDEM-1, ERR-2, ERR-5) ──
        Spoil("request id missing", InvalidArgument, "FIELD_INVALID", "context.request_id",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.RequestId = "", retry: false),
        Spoil("request id with a space", InvalidArgument, "FIELD_INVALID", "context.request_id",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.RequestId = "r 1", retry: false),
        Spoil("request id over 128 characters", InvalidArgument, "FIELD_INVALID", "context.request_id",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.RequestId = new string('r', 129), retry: false),
        Spoil("acting agency missing", InvalidArgument, "FIELD_INVALID", "context.acting_agency_id",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.ActingAgencyId = ""),
        Spoil("acting agency registered to another member", PermissionDenied, "AGENCY_NOT_REGISTERED_TO_MEMBER", null,
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.ActingAgencyId = Members.Land),
        Spoil("acting agency not in the registry", PermissionDenied, "AGENCY_NOT_REGISTERED_TO_MEMBER", null,
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.ActingAgencyId = Unknown),
        Row("unknown token", Unauthenticated, "CREDENTIAL_INVALID", null,
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), (s, id) => Note(id, Members.Desk, s.Id), by: Forged, retryBy: Igate, logged: false),
        Row("missing token", Unauthenticated, "CREDENTIAL_MISSING", null,
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), (s, id) => Note(id, Members.Desk, s.Id), by: Anonymous, retryBy: Igate, logged: false),
        Row("auditor writing", PermissionDenied, "MEMBER_READ_ONLY", null,
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), null, by: Auditor),
        new("unparseable request bytes", InvalidArgument, "REQUEST_MALFORMED", null, false, In(Scene.Received),
            (s, _) => Raw.SendAsync(s.M.Igate, "AddNote", [0x0A, 0x7F, 0x01]),
            (s, id) => Calls.SendAsync(s.M.Igate, Note(id, Members.Desk, s.Id))),
        Spoil("request over 4 MiB", ResourceExhausted, "MESSAGE_TOO_LARGE", null,
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Text = new string('x', (4 * 1024 * 1024) + 1), logged: false),

        // ── Reception input (§3 identifiers and reference data, ID-2, ID-3, ID-4, EV-8, DOC-2) ──
        Spoil("unknown procedure", InvalidArgument, "PROCEDURE_UNKNOWN", "dossier.details.procedure.procedure_code",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.Procedure.ProcedureCode = "9.999999"),
        Spoil("unknown case of the procedure", InvalidArgument, "PROCEDURE_UNKNOWN", "dossier.details.procedure.case_code",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.Procedure.CaseCode = "TH9"),
        Spoil("no channel", InvalidArgument, "FIELD_INVALID", "dossier.details.channel",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.Channel = Channel.Unspecified),
        Spoil("no owner", InvalidArgument, "FIELD_INVALID", "dossier.personal_data.owner.name",
            Fresh, (_, id) => Receive(id), r => r.Dossier.PersonalData.Owner = null),
        Spoil("personal ID of a province not in the 2004 list", InvalidArgument, "FIELD_INVALID", "dossier.personal_data.owner.identity_documents[0].number=UNKNOWN_PROVINCE",
            Fresh, (_, id) => Receive(id), r => r.Dossier.PersonalData.Owner.IdentityDocuments[0].Number = "099187000123"),
        Spoil("personal ID of 11 digits", InvalidArgument, "FIELD_INVALID", "dossier.personal_data.owner.identity_documents[0].number=LENGTH",
            Fresh, (_, id) => Receive(id), r => r.Dossier.PersonalData.Owner.IdentityDocuments[0].Number = "06418700012"),
        Spoil("unit code not in its list", InvalidArgument, "FIELD_INVALID", "dossier.details.subject_place.commune.code",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.SubjectPlace.Commune.Code = "99999"),
        Spoil("unit code without its list edition", InvalidArgument, "FIELD_INVALID", "dossier.details.subject_place.commune.edition",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.SubjectPlace.Commune.Edition = UnitListEdition.Unspecified),
        Spoil("form data that is not JSON", InvalidArgument, "FORM_DATA_INVALID", "dossier.personal_data.form_data.json",
            Fresh, (_, id) => Receive(id), r => r.Dossier.PersonalData.FormData.Json = "{dienTich: 120,5"),
        Spoil("form data without its schema id", InvalidArgument, "FORM_DATA_INVALID", "dossier.personal_data.form_data.schema_id",
            Fresh, (_, id) => Receive(id), r => r.Dossier.PersonalData.FormData.SchemaId = ""),
        Spoil("summary over 1000 characters", InvalidArgument, "FIELD_INVALID", "dossier.details.summary",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.Summary = new string('đ', 1001)),
        Spoil("vendor code with surrounding whitespace", InvalidArgument, "FIELD_INVALID", "vendor_code=SURROUNDING_WHITESPACE",
            Fresh, (_, id) => Receive(id), r => r.VendorCode = " H21.129-261126-0001 "),
        Spoil("vendor code the member used for another dossier", AlreadyExists, "VENDOR_CODE_TAKEN", null,
            In(Scene.Received), (_, id) => Receive(id), (s, r) => r.VendorCode = s.Dossier!.VendorCode.Code),
        Spoil("national code sent for a hub-issued agency", InvalidArgument, "NATIONAL_CODE_NOT_EXPECTED", "national_code",
            Fresh, (_, id) => Receive(id), r => r.NationalCode = $"{Members.Desk}-261126-0001"),
        Spoil("national code missing at the member-issued land office", InvalidArgument, "NATIONAL_CODE_REQUIRED", "national_code",
            Fresh, (_, id) => Receive(id, Members.Land), r => r.NationalCode = "", by: Vbdlis),
        Spoil("national code not of the form of TT 01/2018", InvalidArgument, "NATIONAL_CODE_INVALID", "national_code",
            Fresh, (_, id) => Receive(id, Members.Land), r => r.NationalCode = $"{Members.Land}-2611-01", by: Vbdlis),
        Spoil("national code with another agency's e-ID", InvalidArgument, "NATIONAL_CODE_INVALID", "national_code",
            Fresh, (_, id) => Receive(id, Members.Land), r => r.NationalCode = $"{Members.Desk}-261126-0007", by: Vbdlis),
        Spoil("national code already taken", AlreadyExists, "NATIONAL_CODE_TAKEN", null,
            LandReceived, (_, id) => Receive(id, Members.Land), (s, r) => r.NationalCode = s.Dossier!.NationalCode, by: Vbdlis),
        Spoil("filing addressed to a desk not in the registry", InvalidArgument, "AGENCY_UNKNOWN", "receiving_agency_id",
            Fresh, (_, id) => File(id, Members.Desk), r => r.ReceivingAgencyId = Unknown, by: Portal),
        Spoil("return desk not in the registry", InvalidArgument, "AGENCY_UNKNOWN", "dossier.details.return_agency.agency_id",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.ReturnAgency = new AgencyRef { AgencyId = Unknown }),
        Spoil("filing naming a return desk not in the registry", InvalidArgument, "AGENCY_UNKNOWN", "dossier.details.return_agency.agency_id",
            Fresh, (_, id) => File(id, Members.Desk), r => r.Dossier.Details.ReturnAgency = new AgencyRef { AgencyId = Unknown }, by: Portal),
        Spoil("filing naming an agency not competent for the procedure", InvalidArgument, "FIELD_INVALID", "dossier.details.competent_agency.agency_id",
            Fresh, (_, id) => File(id, Members.Desk), r => r.Dossier.Details.CompetentAgency = new AgencyRef { AgencyId = Members.Tax }, by: Portal),
        Spoil("imported appointment without imported provenance", InvalidArgument, "FIELD_INVALID", "imported_appointment",
            Fresh, (_, id) => Receive(id), r => r.ImportedAppointment = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(10))),
        Spoil("document kept by the hub that nobody uploaded", InvalidArgument, "DOCUMENT_REFERENCE_INVALID", "dossier.details.documents[0].custody",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.Documents.Add(new DocumentRef
            {
                Id = "tp-01", Name = "Hợp đồng chuyển nhượng", Custody = ContentCustody.Hub, MediaType = "application/pdf", SizeBytes = 1024,
                Sha256 = ByteString.CopyFrom(new byte[32]),
            })),

        Spoil("channel the standard does not define", InvalidArgument, "FIELD_INVALID", "dossier.details.channel",
            Fresh, (_, id) => Receive(id), r => r.Dossier.Details.Channel = (Channel)99),
        Row("imported appointment that is not a valid timestamp", InvalidArgument, "FIELD_INVALID", "imported_appointment",
            Fresh, (_, id) => Imported(Receive(id), Invalid), (_, id) => Imported(Receive(id), Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(10)))),

        // ── Idempotency (IDEM-3, IDEM-4) ──
        new("same request id with a different body", AlreadyExists, "REQUEST_ID_REUSED", null, true, ReceivedWithKnownRequest,
            (s, _) => Calls.SendAsync(s.M.Igate, Changed((ReceiveDossierRequest)s.Original!)),
            (s, _) => Calls.SendAsync(s.M.Igate, s.Original!)),

        // ── Claimed times (TIME-4) ──
        Spoil("claimed time 10 minutes after the hub's clock", InvalidArgument, "CLAIMED_TIME_OUT_OF_BOUNDS", "context.claimed_time",
            Fresh, (_, id) => Receive(id), r => r.Context.ClaimedTime = Ago(TimeSpan.FromMinutes(-10))),
        Row("claimed time 4 days back without imported provenance", InvalidArgument, "CLAIMED_TIME_OUT_OF_BOUNDS", "context.claimed_time",
            Fresh, (_, id) => Claimed(Receive(id), Ago(TimeSpan.FromDays(4)), ProvenanceKind.Native),
            (_, id) => Claimed(Receive(id), Ago(TimeSpan.FromDays(4)), ProvenanceKind.Imported)),
        Spoil("claimed time that is not a valid timestamp", InvalidArgument, "FIELD_INVALID", "context.claimed_time",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.ClaimedTime = Invalid),
        Spoil("claimed time before the dossier's previous event", InvalidArgument, "CLAIMED_TIME_OUT_OF_BOUNDS", "context.claimed_time",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Context.ClaimedTime = Ago(TimeSpan.FromHours(1))),

        // ── Lifecycle (LC-3, LC-4) ──
        Row("fee paid on a received dossier", FailedPrecondition, "LIFECYCLE_TRANSITION_REFUSED", null,
            In(Scene.Received), (s, id) => new RecordFeePaymentRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Payments = { new Payment { FeeCode = "LP-01", Amount = Vnd(500_000) } } },
            (s, id) => Note(id, Members.Desk, s.Id)),
        Row("hand-over accepted with no pending offer", FailedPrecondition, "LIFECYCLE_TRANSITION_REFUSED", null,
            In(Scene.Received), (s, id) => new AcceptHandoverRequest { Context = Context(id, Members.Desk), DossierId = s.Id },
            (s, id) => Note(id, Members.Desk, s.Id)),
        Row("second offer while one is pending", FailedPrecondition, "LIFECYCLE_TRANSITION_REFUSED", null,
            In(Scene.AtLandOfferedBackToDesk), (s, id) => new OfferHandoverRequest { Context = Context(id, Members.Land), DossierId = s.Id, ToAgencyId = Members.Tax, StepLimit = Days(2) },
            (s, id) => new RecallHandoverRequest { Context = Context(id, Members.Land), DossierId = s.Id, Reason = "Chuyển nhầm" }, by: Vbdlis),
        Row("resolved at reception for a procedure the desk does not resolve", FailedPrecondition, "LIFECYCLE_TRANSITION_REFUSED", null,
            In(Scene.Received), (s, id) => new ResolveDossierRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Outcome = Outcome.Granted },
            (s, id) => Note(id, Members.Desk, s.Id)),
        Row("supplement requested on a returned dossier", FailedPrecondition, "DOSSIER_CLOSED", null,
            In(Scene.Returned), (s, id) => new RequestSupplementRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Reason = "Thiếu giấy tờ" },
            (s, id) => Note(id, Members.Desk, s.Id)),
        Row("refused after withdrawal", FailedPrecondition, "DOSSIER_CLOSED", null,
            In(Scene.Withdrawn), (s, id) => new RefuseDossierRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Reason = "Không đủ điều kiện" },
            (s, id) => Note(id, Members.Desk, s.Id)),
        Row("tax office resolving while consulted", PermissionDenied, "ACTOR_NOT_ALLOWED", null,
            In(Scene.AtLandConsultingTax), (s, id) => new ResolveDossierRequest { Context = Context(id, Members.Tax), DossierId = s.Id, Outcome = Outcome.Granted },
            (s, id) => new AnswerConsultationRequest { Context = Context(id, Members.Tax), DossierId = s.Id, ConsultationId = s.Dossier!.Custody.Consultations[0].Id, Answer = "Thông báo nộp thuế số 123/TB-CCT" },
            by: TaxSystem),
        Row("desk suspending a dossier the land office holds", PermissionDenied, "ACTOR_NOT_ALLOWED", null,
            In(Scene.AtLand), (s, id) => new SuspendDossierRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Reason = "Tạm dừng" },
            (s, id) => Note(id, Members.Desk, s.Id)),
        Spoil("expected version other than the dossier's", Aborted, "VERSION_MISMATCH", null,
            In(Scene.Received), (s, id) => Versioned(Note(id, Members.Desk, s.Id), 1), r => r.Context.ExpectedVersion = 7),

        // ── Access (RIGHTS-4) ──
        Row("unknown dossier id", PermissionDenied, "DOSSIER_ACCESS_DENIED", null,
            In(Scene.Received), (_, id) => Note(id, Members.Desk, "d-doesnotexist"), (s, id) => Note(id, Members.Desk, s.Id)),
        Row("dossier of other agencies", PermissionDenied, "DOSSIER_ACCESS_DENIED", null,
            In(Scene.Received), (s, id) => Note(id, Members.Tax, s.Id), (_, id) => Receive(id, Members.Tax), by: TaxSystem),

        // ── Command input ──
        Spoil("dossier id missing", InvalidArgument, "FIELD_INVALID", "dossier_id",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.DossierId = ""),
        Spoil("update mask naming a field that is not an amendable input", InvalidArgument, "UPDATE_MASK_INVALID", "update_mask",
            In(Scene.Received), (s, id) => Amend(id, s.Id, "details.summary"), r => r.UpdateMask.Paths.Add("details.procedure.procedure_code")),
        Spoil("update mask naming no field", InvalidArgument, "FIELD_INVALID", "update_mask",
            In(Scene.Received), (s, id) => Amend(id, s.Id, "details.summary"), r => r.UpdateMask = null),
        Spoil("rescheduled to an earlier appointment", InvalidArgument, "FIELD_INVALID", "new_appointment",
            In(Scene.Received), (s, id) => Reschedule(id, s.Dossier!, TimeSpan.FromDays(5)), r => r.NewAppointment = Ago(TimeSpan.FromHours(-1))),
        Spoil("new appointment that is not a valid timestamp", InvalidArgument, "FIELD_INVALID", "new_appointment",
            In(Scene.Received), (s, id) => Reschedule(id, s.Dossier!, TimeSpan.FromDays(5)), r => r.NewAppointment = Invalid),
        Spoil("step limit of four billion working days", InvalidArgument, "FIELD_INVALID", "step_limit.amount",
            In(Scene.Received), (s, id) => new OfferHandoverRequest { Context = Context(id, Members.Desk), DossierId = s.Id, ToAgencyId = Members.Land, StepLimit = Days(5) }, r => r.StepLimit.Amount = uint.MaxValue),
        Spoil("step limit in a unit the standard does not define", InvalidArgument, "FIELD_INVALID", "step_limit.unit",
            In(Scene.Received), (s, id) => new OfferHandoverRequest { Context = Context(id, Members.Desk), DossierId = s.Id, ToAgencyId = Members.Land, StepLimit = Days(5) }, r => r.StepLimit.Unit = (LimitUnit)99),
        Spoil("payment time that is not a valid timestamp", InvalidArgument, "FIELD_INVALID", "payments[0].paid_time",
            In(Scene.AtLandAwaitingFee), (s, id) => new RecordFeePaymentRequest { Context = Context(id, Members.Land), DossierId = s.Id, Payments = { new Payment { FeeCode = "LP-01", Amount = Vnd(500_000) } } },
            r => r.Payments[0].PaidTime = new Timestamp { Seconds = 1_700_000_000, Nanos = -1 }, by: Vbdlis),
        Spoil("offered to an agency not in the registry", InvalidArgument, "AGENCY_UNKNOWN", "to_agency_id",
            In(Scene.Received), (s, id) => new OfferHandoverRequest { Context = Context(id, Members.Desk), DossierId = s.Id, ToAgencyId = Members.Land, StepLimit = Days(5) }, r => r.ToAgencyId = Unknown),
        Spoil("consultation of an agency not in the registry", InvalidArgument, "AGENCY_UNKNOWN", "consulted_agency_id",
            In(Scene.AtLand), (s, id) => new RequestConsultationRequest { Context = Context(id, Members.Land), DossierId = s.Id, ConsultedAgencyId = Members.Tax, Question = "Nghĩa vụ tài chính?", Limit = Days(3) },
            r => r.ConsultedAgencyId = Unknown, by: Vbdlis),
        Spoil("refusal without a reason", InvalidArgument, "FIELD_INVALID", "reason",
            In(Scene.Received), (s, id) => new RefuseDossierRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Reason = "Hồ sơ không đúng thẩm quyền" }, r => r.Reason = " "),
        Spoil("note over 4000 characters", InvalidArgument, "FIELD_INVALID", "text",
            In(Scene.Received), (s, id) => Note(id, Members.Desk, s.Id), r => r.Text = new string('n', 4001)),
        Spoil("resolution without an outcome", InvalidArgument, "FIELD_INVALID", "outcome",
            In(Scene.AtLand), (s, id) => new ResolveDossierRequest { Context = Context(id, Members.Land), DossierId = s.Id, Outcome = Outcome.Granted }, r => r.Outcome = Outcome.Unspecified, by: Vbdlis),
        Spoil("resolution with an outcome the standard does not define", InvalidArgument, "FIELD_INVALID", "outcome",
            In(Scene.AtLand), (s, id) => new ResolveDossierRequest { Context = Context(id, Members.Land), DossierId = s.Id, Outcome = Outcome.Granted }, r => r.Outcome = (Outcome)99, by: Vbdlis),
        Spoil("result returned by a method the standard does not define", InvalidArgument, "FIELD_INVALID", "method",
            In(Scene.AtLandResolved), (s, id) => new ReturnResultRequest { Context = Context(id, Members.Desk), DossierId = s.Id, Method = DeliveryMethod.AtDesk }, r => r.Method = (DeliveryMethod)99),
        Spoil("fee requested in another currency", InvalidArgument, "FIELD_INVALID", "lines[0].amount",
            In(Scene.AtLand), (s, id) => new RequestFeeRequest { Context = Context(id, Members.Land), DossierId = s.Id, Lines = { new FeeLine { Code = "LP-01", Amount = Vnd(500_000) } } },
            r => r.Lines[0].Amount.CurrencyCode = "USD", by: Vbdlis),

        // ── Queries (PAGE-1, RIGHTS-4) ──
        new("page token reused with another filter", InvalidArgument, "PAGE_TOKEN_INVALID", "page_token", true, DeskPageToken,
            (s, _) => Calls.SendAsync(s.M.Igate, new ListDossiersRequest { AgencyId = Members.Desk, PageSize = 1, PageToken = s.Extra, Statuses = { DossierStatus.Received } }),
            (s, _) => Calls.SendAsync(s.M.Igate, new ListDossiersRequest { AgencyId = Members.Desk, PageSize = 1, PageToken = s.Extra })),
        Query("page token altered", InvalidArgument, "PAGE_TOKEN_INVALID", "page_token",
            Fresh, _ => new ListDossiersRequest { AgencyId = Members.Desk, PageToken = "AAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAA" }),
        Query("negative page size", InvalidArgument, "FIELD_INVALID", "page_size",
            Fresh, _ => new ListDossiersRequest { AgencyId = Members.Desk, PageSize = -1 }),
        Query("negative page size of the event history", InvalidArgument, "FIELD_INVALID", "page_size",
            In(Scene.Received), s => new ListDossierEventsRequest { DossierId = s.Id, PageSize = -5 }),
        Query("dossiers listed without an agency", InvalidArgument, "FIELD_INVALID", "agency_id",
            Fresh, _ => new ListDossiersRequest()),
        Query("dossiers listed for another member's agency", PermissionDenied, "AGENCY_NOT_REGISTERED_TO_MEMBER", null,
            Fresh, _ => new ListDossiersRequest { AgencyId = Members.Land }),
        Query("dossier read without naming it", InvalidArgument, "FIELD_INVALID", "key",
            Fresh, _ => new GetDossierRequest()),
        Query("statistics of a period that ends before it starts", InvalidArgument, "FIELD_INVALID", "period_end",
            Fresh, _ => new GetStatisticsRequest
            {
                AgencyId = Members.Desk,
                PeriodStart = new CivilDate { Year = 2026, Month = 11, Day = 30 },
                PeriodEnd = new CivilDate { Year = 2026, Month = 11, Day = 1 },
            }),
        Query("refusals listed from a time that is not a valid timestamp", InvalidArgument, "FIELD_INVALID", "start_time",
            Fresh, _ => new ListRefusalsRequest { StartTime = Invalid }),
        Query("statistics of a thirteenth month", InvalidArgument, "FIELD_INVALID", "period_start",
            Fresh, _ => new GetStatisticsRequest
            {
                AgencyId = Members.Desk,
                PeriodStart = new CivilDate { Year = 2026, Month = 13, Day = 1 },
                PeriodEnd = new CivilDate { Year = 2026, Month = 12, Day = 31 },
            }),
    ];

    public static RefusalRow Named(string name) => Rows.Single(r => r.Name == name);

    private static Task<Stage> Fresh(Scenes s) => Task.FromResult(new Stage(s));

    private static Func<Scenes, Task<Stage>> In(Scene scene) => async s => new Stage(s, await s.BuildAsync(scene));

    private static async Task<Stage> LandReceived(Scenes s)
    {
        var outcome = Calls.Outcome(await Calls.SendAsync(s.Members.Vbdlis, Receive(NewRequestId(), Members.Land)));
        return new Stage(s, outcome.Dossier);
    }

    private static async Task<Stage> ReceivedWithKnownRequest(Scenes s)
    {
        var original = Receive(NewRequestId("original"));
        var outcome = Calls.Outcome(await Calls.SendAsync(s.Members.Igate, original));
        return new Stage(s, outcome.Dossier, Original: original);
    }

    private static async Task<Stage> DeskPageToken(Scenes s)
    {
        await s.BuildAsync(Scene.Received);
        await s.BuildAsync(Scene.Received);
        var page = (ListDossiersResponse)await Calls.SendAsync(s.Members.Igate, new ListDossiersRequest { AgencyId = Members.Desk, PageSize = 1 });
        Assert.NotEmpty(page.NextPageToken);
        return new Stage(s, Extra: page.NextPageToken);
    }

    private static RefusalRow Row(
        string name, StatusCode code, string reason, string? field, Func<Scenes, Task<Stage>> arrange,
        Func<Stage, string, IMessage> refused, Func<Stage, string, IMessage>? retry,
        Func<Members, HubClient>? by = null, Func<Members, HubClient>? retryBy = null, bool logged = true)
        => new(name, code, reason, field, logged, arrange,
            (s, id) => Calls.SendAsync((by ?? Igate)(s.M), refused(s, id)),
            retry is null ? null : (s, id) => Calls.SendAsync((retryBy ?? by ?? Igate)(s.M), retry(s, id)));

    /// <summary>A valid request spoilt in one way; the retry sends the valid one with the same request id.</summary>
    private static RefusalRow Spoil<T>(
        string name, StatusCode code, string reason, string? field, Func<Scenes, Task<Stage>> arrange,
        Func<Stage, string, T> valid, Action<Stage, T> spoil,
        Func<Members, HubClient>? by = null, bool logged = true, bool retry = true)
        where T : IMessage
        => Row(name, code, reason, field, arrange, (s, id) => { var r = valid(s, id); spoil(s, r); return r; }, retry ? (s, id) => valid(s, id) : null, by, null, logged);

    private static RefusalRow Spoil<T>(
        string name, StatusCode code, string reason, string? field, Func<Scenes, Task<Stage>> arrange,
        Func<Stage, string, T> valid, Action<T> spoil,
        Func<Members, HubClient>? by = null, bool logged = true, bool retry = true)
        where T : IMessage
        => Spoil(name, code, reason, field, arrange, valid, (_, r) => spoil(r), by, logged, retry);

    /// <summary>A refused read by the desk's member; reads leave no idempotency record to check.</summary>
    private static RefusalRow Query(string name, StatusCode code, string reason, string? field, Func<Scenes, Task<Stage>> arrange, Func<Stage, IMessage> request)
        => new(name, code, reason, field, true, arrange, (s, _) => Calls.SendAsync(s.M.Igate, request(s)), null);

    private static HubClient Igate(Members m) => m.Igate;

    private static HubClient Vbdlis(Members m) => m.Vbdlis;

    private static HubClient TaxSystem(Members m) => m.TaxSystem;

    private static HubClient Portal(Members m) => m.Portal;

    private static HubClient Auditor(Members m) => m.Auditor;

    private static HubClient Forged(Members m) => m.Forged;

    private static HubClient Anonymous(Members m) => m.Anonymous;

    private static Timestamp Ago(TimeSpan age) => Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow - age);

    private static ReceiveDossierRequest Claimed(ReceiveDossierRequest request, Timestamp claimed, ProvenanceKind provenance)
    {
        request.Context.ClaimedTime = claimed;
        request.Context.Provenance = new Provenance { Kind = provenance, SourceSystem = "igate-gialai" };
        return request;
    }

    /// <summary>Not a valid google.protobuf.Timestamp: before 0001-01-01.</summary>
    private static Timestamp Invalid => new() { Seconds = -62_135_596_801 };

    private static ReceiveDossierRequest Imported(ReceiveDossierRequest request, Timestamp appointment)
    {
        request.Context.Provenance = new Provenance { Kind = ProvenanceKind.Imported, SourceSystem = "igate-gialai" };
        request.ImportedAppointment = appointment;
        return request;
    }

    private static ReceiveDossierRequest Changed(ReceiveDossierRequest original)
    {
        var changed = original.Clone();
        changed.Dossier.Details.Summary += " (sửa)";
        return changed;
    }

    private static AddNoteRequest Versioned(AddNoteRequest note, long version)
    {
        note.Context.ExpectedVersion = version;
        return note;
    }

    private static AmendDossierRequest Amend(string requestId, string dossierId, string path) => new()
    {
        Context = Context(requestId, Members.Desk),
        DossierId = dossierId,
        Dossier = new DossierInput { Details = new DossierDetails { Summary = "Đăng ký biến động do tặng cho thửa đất số 45" } },
        UpdateMask = new FieldMask { Paths = { path } },
        Reason = "Công dân khai nhầm",
    };

    private static RescheduleAppointmentRequest Reschedule(string requestId, Dossier dossier, TimeSpan later) => new()
    {
        Context = Context(requestId, Members.Desk),
        DossierId = dossier.Id,
        Reason = "Chờ ý kiến cơ quan thuế",
        NewAppointment = Timestamp.FromDateTimeOffset(dossier.Clock.Appointment.ToDateTimeOffset() + later),
    };
}
