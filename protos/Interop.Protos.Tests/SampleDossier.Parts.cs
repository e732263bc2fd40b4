using Interop.Protos.Dossier.V1;
using static Interop.Protos.Tests.SampleValues;

namespace Interop.Protos.Tests;

internal static partial class SampleDossierState
{
    private static Custody CustodySample()
    {
        var desk = Agency(SampleDossier.Desk, "Bộ phận một cửa phường Diên Hồng");
        var land = Agency(SampleDossier.LandOffice, "Chi nhánh Văn phòng đăng ký đất đai Pleiku");
        var tax = Agency(SampleDossier.TaxOffice, "Thuế cơ sở 1 tỉnh Gia Lai");
        return new Custody
        {
            ReceivingAgency = desk,
            CompetentAgency = land,
            HolderAgency = desk,
            ReturnAgency = desk,
            PastHolders = { desk, land },
            Route = { new RouteStep { Index = 1, Name = "Thẩm định, trình ký", Agency = land, Limit = WorkingDays(7) } },
            Handovers =
            {
                new Handover
                {
                    Id = "h-5",
                    FromAgency = desk,
                    ToAgency = land,
                    Status = HandoverStatus.Accepted,
                    IsHandBack = true,
                    OfferedBy = Officer("cb-01", "Võ Thị Lan"),
                    OfferedTime = At("2025-11-03T10:00:00+07:00"),
                    StepLimit = WorkingDays(7),
                    Deadline = At("2025-11-12T10:00:00+07:00"),
                    SettledBy = Officer("cv-12", "Đỗ Minh Khôi"),
                    SettledTime = At("2025-11-03T10:30:00+07:00"),
                    CompletedTime = At("2025-11-12T14:00:00+07:00"),
                    Note = "Chuyển hồ sơ đăng ký biến động",
                    Reason = "Thiếu hợp đồng công chứng bản chính",
                    Documents = { Document("ph-1", DocumentRole.WorkingPaper, "Phiếu chuyển hồ sơ") },
                    ToOfficer = Officer("cv-12", "Đỗ Minh Khôi"),
                },
            },
            Consultations =
            {
                new Consultation
                {
                    Id = "c-8",
                    RequestingAgency = land,
                    ConsultedAgency = tax,
                    Status = ConsultationStatus.Answered,
                    Question = "Xác định nghĩa vụ tài chính về thuế thu nhập cá nhân",
                    RequestedTime = At("2025-11-05T08:00:00+07:00"),
                    Limit = WorkingDays(3),
                    Deadline = At("2025-11-10T08:00:00+07:00"),
                    Answer = "Thông báo nộp thuế số 123/TB-CCT",
                    AnsweredTime = At("2025-11-07T15:00:00+07:00"),
                    Documents = { Document("tb-1", DocumentRole.WorkingPaper, "Thông báo nộp thuế") },
                },
            },
        };
    }

    private static Clock ClockSample() => new()
    {
        State = ClockState.Stopped,
        Limit = WorkingDays(5),
        CountingStartTime = At("2025-11-03T08:00:00+07:00"),
        OriginalAppointment = At("2025-11-10T08:00:00+07:00"),
        Appointment = At("2025-11-12T08:00:00+07:00"),
        RescheduledAppointment = At("2025-11-14T08:00:00+07:00"),
        Reschedules =
        {
            new Reschedule
            {
                CausingAgency = Agency(SampleDossier.LandOffice, "Chi nhánh Văn phòng đăng ký đất đai Pleiku"),
                Reason = "Chờ đo đạc lại thửa đất",
                PreviousAppointment = At("2025-11-12T08:00:00+07:00"),
                NewAppointment = At("2025-11-14T08:00:00+07:00"),
                Apology = Document("xl-1", DocumentRole.Apology, "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
                RecordedTime = At("2025-11-11T16:00:00+07:00"),
            },
        },
        PausedWorkingMinutes = 960,
        PausedSince = At("2025-11-04T10:00:00+07:00"),
        CalendarVersion = "vn-civil-service:2025:3f9a1c2e",
        Timeliness = Timeliness.OnTime,
    };

    private static SupplementRequest SupplementSample() => new()
    {
        Id = "s-3",
        Phase = SupplementPhase.Processing,
        Status = SupplementStatus.Supplied,
        RequestedByAgency = Agency(SampleDossier.Desk, "Bộ phận một cửa phường Diên Hồng"),
        RequestedBy = Officer("cb-01", "Võ Thị Lan"),
        RequestedTime = At("2025-11-04T10:00:00+07:00"),
        Reason = "Thiếu bản chính hợp đồng chuyển nhượng",
        Content = "Bổ sung bản chính hợp đồng chuyển nhượng đã công chứng",
        ComponentCodes = { "TP-hd" },
        CitizenDeadline = At("2025-11-14T17:00:00+07:00"),
        SuppliedTime = At("2025-11-06T10:00:00+07:00"),
        ReceivedBy = Officer("cb-01", "Võ Thị Lan"),
        ReceptionNote = "Đã nhận đủ",
        Documents = { Document("bs-1", DocumentRole.Supplement, "Hợp đồng chuyển nhượng (bản chính)") },
        Fees = { Fee("LP-02", 50_000) },
        AppointmentBefore = At("2025-11-10T08:00:00+07:00"),
        AppointmentAfter = At("2025-11-12T08:00:00+07:00"),
        ReceivedTime = At("2025-11-06T10:05:00+07:00"),
    };
}
