using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Protos.Tests.SampleValues;

namespace Interop.Protos.Tests;

/// <summary>One fully-set sample event per payload case of <see cref="EventBody"/>.</summary>
internal static class SampleEvents
{
    private static readonly AgencyRef Land = Agency(SampleDossier.LandOffice, "Chi nhánh Văn phòng đăng ký đất đai Pleiku");
    private static readonly AgencyRef Tax = Agency(SampleDossier.TaxOffice, "Thuế cơ sở 1 tỉnh Gia Lai");
    private static readonly AgencyRef Desk = Agency(SampleDossier.Desk, "Bộ phận một cửa phường Diên Hồng");

    public static IEnumerable<Event> All() => Payloads().Select((body, i) => Recorded(body, i + 1));

    private static IEnumerable<EventBody> Payloads()
    {
        var details = SampleDossier.Details();
        var code = new VendorCode { MemberId = "member-igate-gialai", Code = "H21.129-251103-0007" };
        var resumption = new ClockResumption { PausedWorkingMinutes = 960, Appointment = At("2025-11-12T08:00:00+07:00"), CalendarVersion = "vn-civil-service:2025:3f9a1c2e" };
        var limit = WorkingDays(3);
        var doc = Document("d-1", DocumentRole.WorkingPaper, "Tờ trình");
        yield return new EventBody { Filed = new Filed { Details = details, VendorCode = code, ReceivingAgency = Desk, ReceptionDeadline = At("2025-11-03T17:00:00+07:00") } };
        yield return new EventBody
        {
            Received = new Received
            {
                Details = details,
                VendorCode = code,
                NationalCode = "000.00.31.H56-251103-0007",
                ReceivingAgency = Desk,
                CompetentAgency = Land,
                ReturnAgency = Desk,
                Limit = WorkingDays(5),
                CountingStartTime = At("2025-11-03T08:00:00+07:00"),
                Appointment = At("2025-11-10T08:00:00+07:00"),
                CalendarVersion = "vn-civil-service:2025:3f9a1c2e",
                CatalogueVersion = "registry:3",
                Route = { new RouteStep { Index = 1, Name = "Thẩm định", Agency = Land, Limit = WorkingDays(4) } },
                AppointmentImported = true,
            },
        };
        yield return new EventBody { Refused = new Refused { Reason = "Hồ sơ không hợp lệ", Documents = { doc } } };
        yield return new EventBody
        {
            SupplementRequested = new SupplementRequested
            {
                SupplementId = "s-3",
                Phase = SupplementPhase.Processing,
                Reason = "Thiếu giấy tờ",
                Content = "Bổ sung hợp đồng bản chính",
                ComponentCodes = { "TP-hd" },
                CitizenDeadline = At("2025-11-14T17:00:00+07:00"),
            },
        };
        yield return new EventBody { Supplemented = new Supplemented { SupplementId = "s-3", Documents = { doc }, Fees = { Fee("LP-02", 50_000) }, ReceptionNote = "Đã nhận đủ", Resumption = resumption, SuppliedTime = At("2025-11-06T09:40:00+07:00") } };
        yield return new EventBody { SupplementExpired = new SupplementExpired { SupplementId = "s-3", Note = "Quá hạn bổ sung" } };
        yield return new EventBody { FeeRequested = new FeeRequested { Lines = { Fee("LP-01", 100_000) }, Note = "Nộp lệ phí trước bạ" } };
        yield return new EventBody { FeePaid = new FeePaid { Payments = { Payment("LP-01", 100_000) }, Resumption = resumption } };
        yield return new EventBody
        {
            HandoverOffered = new HandoverOffered
            {
                HandoverId = "h-5",
                ToAgency = Land,
                StepLimit = limit,
                Deadline = At("2025-11-06T10:00:00+07:00"),
                CalendarVersion = "vn-civil-service:2025:3f9a1c2e",
                IsHandBack = true,
                Note = "Chuyển hồ sơ",
                Documents = { doc },
                ToOfficer = Officer("cv-12", "Đỗ Minh Khôi"),
            },
        };
        yield return new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = "h-5", Note = "Đã nhận hồ sơ" } };
        yield return new EventBody { HandoverReturned = new HandoverReturned { HandoverId = "h-5", Reason = "Chọn sai thủ tục" } };
        yield return new EventBody { HandoverRecalled = new HandoverRecalled { HandoverId = "h-5", Reason = "Chuyển nhầm đơn vị" } };
        yield return new EventBody
        {
            ConsultationRequested = new ConsultationRequested
            {
                ConsultationId = "c-8",
                ConsultedAgency = Tax,
                Question = "Xác định nghĩa vụ tài chính",
                Limit = limit,
                Deadline = At("2025-11-10T08:00:00+07:00"),
                CalendarVersion = "vn-civil-service:2025:3f9a1c2e",
                Documents = { doc },
            },
        };
        yield return new EventBody { ConsultationAnswered = new ConsultationAnswered { ConsultationId = "c-8", Answer = "Thông báo nộp thuế", Documents = { doc } } };
        yield return new EventBody { Suspended = new Suspended { Reason = "Có tranh chấp" } };
        yield return new EventBody { Resumed = new Resumed { Note = "Tranh chấp đã giải quyết", Resumption = resumption } };
        yield return new EventBody { Withdrawn = new Withdrawn { Reason = "Công dân xin rút" } };
        yield return new EventBody { Resolved = new Resolved { Outcome = Outcome.Granted, Documents = { ResultDocument() }, Note = "Đủ điều kiện" } };
        yield return new EventBody { ResultRecalled = new ResultRecalled { Reason = "Sai diện tích trên giấy chứng nhận" } };
        yield return new EventBody
        {
            ResultReturned = new ResultReturned
            {
                Method = DeliveryMethod.Post,
                OriginalsTakenBack = true,
                OriginalsTakenBackCount = 1,
                RecipientSignature = Document("ky-1", DocumentRole.RecipientSignature, "Chữ ký"),
                PostalTrackingNumber = "EB123456789VN",
                Note = "Giao bưu điện",
            },
        };
        yield return new EventBody
        {
            AppointmentRescheduled = new AppointmentRescheduled
            {
                CausingAgency = Land,
                Reason = "Chờ đo đạc",
                NewAppointment = At("2025-11-14T08:00:00+07:00"),
                Apology = Document("xl-1", DocumentRole.Apology, "Phiếu xin lỗi"),
            },
        };
        yield return new EventBody { Amended = new Amended { Details = details, UpdateMask = FieldMask.FromString("details.documents,personal_data.owner"), Reason = "Bổ sung thành phần" } };
        yield return new EventBody
        {
            Note = new Note
            {
                Text = "Đã kiểm tra thực địa",
                Progress = new NoteProgress
                {
                    StepCode = "THAM_DINH",
                    StepName = "Thẩm định",
                    StatusText = "Đang xử lý",
                    StepStartTime = At("2025-11-06T08:00:00+07:00"),
                    StepDeadline = At("2025-11-10T17:00:00+07:00"),
                    NextStepName = "Trình ký",
                    NextOfficer = Officer("gd-01", "Trần Văn Đức"),
                },
                Postal = new PostalReport { StatusText = "Đã phát", DeliveredTime = At("2025-11-14T10:20:00+07:00") },
            },
        };
    }

    private static Event Recorded(EventBody body, int sequence)
    {
        body.Id = $"d-7Q2xk9/{sequence}";
        body.DossierId = "d-7Q2xk9";
        body.Sequence = sequence;
        body.Type = System.Enum.Parse<EventType>(body.PayloadCase.ToString());
        body.Actor = new Actor { MemberId = "member-igate-gialai", Agency = Desk, Officer = Officer("cb-01", "Võ Thị Lan") };
        body.ClaimedTime = At("2025-11-03T08:00:00+07:00");
        body.RecordedTime = At("2025-11-03T08:00:01+07:00");
        body.Provenance = Mapped("4");
        body.RequestId = $"req-{sequence}";
        body.SchemaId = "interop.dossier.v1";
        body.TraceContext = new TraceContext { Traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", Tracestate = "vendor=igate" };
        body.PreviousHash = Bytes(1);
        body.PersonalDataDigest = Bytes(2);
        var personal = SampleDossier.Personal();
        return new Event
        {
            BodyBytes = body.ToByteString(),
            Body = body,
            Hash = Bytes(3),
            Position = new LogPosition { LogId = "hub-gialai-1", Index = 1000 + sequence },
            PersonalData = new PersonalDataPart { Salt = Bytes(4), DataBytes = personal.ToByteString(), Data = personal },
        };
    }
}
