using Interop.Protos.Dossier.V1;
using static Interop.Protos.Tests.SampleValues;

namespace Interop.Protos.Tests;

internal static partial class SampleDossierState
{
    public static Dossier.V1.Dossier Complete() => new()
    {
        Id = "d-7Q2xk9",
        Version = 14,
        NationalCode = "000.00.31.H56-251103-0007",
        VendorCode = new VendorCode { MemberId = "member-igate-gialai", Code = "H21.129-251103-0007" },
        Status = DossierStatus.Returned,
        PreviousStatus = DossierStatus.Processing,
        ResumeStatuses = { DossierStatus.Processing },
        Details = SampleDossier.Details(),
        PersonalData = SampleDossier.Personal(),
        PersonalDataErased = true,
        Custody = CustodySample(),
        Clock = ClockSample(),
        Supplements = { SupplementSample() },
        Fees = new FeeAccount { Status = FeeStatus.Paid, Lines = { Fee("LP-01", 100_000) }, Payments = { Payment("LP-01", 100_000) } },
        Result = new Result
        {
            Outcome = Outcome.Granted,
            Documents = { ResultDocument() },
            Note = "Đủ điều kiện cấp giấy chứng nhận",
            ResolvedByAgency = Agency(SampleDossier.LandOffice, "Chi nhánh Văn phòng đăng ký đất đai Pleiku"),
            ApprovedBy = Officer("gd-01", "Trần Văn Đức"),
            RecallCount = 1,
        },
        Delivery = new Delivery
        {
            Status = DeliveryStatus.DeliveredByPost,
            Method = DeliveryMethod.Post,
            OriginalsTakenBack = true,
            OriginalsTakenBackCount = 1,
            RecipientSignature = Document("ky-1", DocumentRole.RecipientSignature, "Chữ ký người nhận"),
            PostalTrackingNumber = "EB123456789VN",
            PostalDeliveredTime = At("2025-11-14T10:20:00+07:00"),
            Note = "Đã phát cho người nhận",
        },
        Refusal = ClosureSample("Hồ sơ không thuộc thẩm quyền"),
        Withdrawal = ClosureSample("Công dân xin rút hồ sơ"),
        Suspension = ClosureSample("Chờ kết quả giải quyết tranh chấp"),
        LatestProgress = new Progress
        {
            Officer = Officer("cv-12", "Đỗ Minh Khôi"),
            StepCode = "THAM_DINH",
            StepName = "Thẩm định hồ sơ",
            Content = "Đã kiểm tra thực địa",
            StatusText = "Đang xử lý",
            StepStartTime = At("2025-11-06T08:00:00+07:00"),
            StepDeadline = At("2025-11-10T17:00:00+07:00"),
            NextStepName = "Trình ký",
            NextOfficer = Officer("gd-01", "Trần Văn Đức"),
            Time = At("2025-11-07T10:00:00+07:00"),
        },
        Times = new Times
        {
            SubmittedTime = At("2025-11-02T21:40:00+07:00"),
            ReceptionDeadline = At("2025-11-03T17:00:00+07:00"),
            ReceivedTime = At("2025-11-03T08:00:00+07:00"),
            FirstHandoverTime = At("2025-11-03T10:00:00+07:00"),
            ResolvedTime = At("2025-11-12T14:00:00+07:00"),
            ReturnedTime = At("2025-11-12T16:00:00+07:00"),
            RefusedTime = At("2025-11-03T07:30:00+07:00"),
            WithdrawnTime = At("2025-11-03T07:45:00+07:00"),
            CreatedTime = At("2025-11-02T21:40:05+07:00"),
            UpdatedTime = At("2025-11-14T10:21:00+07:00"),
            LastEventTime = At("2025-11-14T10:20:00+07:00"),
        },
    };

    private static Closure ClosureSample(string reason) => new()
    {
        Reason = reason,
        Agency = Agency(SampleDossier.Desk, "Bộ phận một cửa phường Diên Hồng"),
        Time = At("2025-11-03T07:30:00+07:00"),
        Documents = { Document("tc-1", DocumentRole.Refusal, "Phiếu từ chối tiếp nhận") },
    };
}
