using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Protos.Tests.SampleValues;

namespace Interop.Protos.Tests;

/// <summary>A land dossier with every field of the state set: the schema's completeness sample.</summary>
internal static class SampleDossier
{
    public const string Desk = "000.00.31.H56";
    public const string LandOffice = "000.31.02.H56";
    public const string TaxOffice = "000.00.16.H56";

    public static DossierDetails Details() => new()
    {
        Procedure = new ProcedureRef
        {
            ProcedureCode = "1.004227.000.00.00.H56",
            Name = "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            SectorCode = "G09-TN01",
            SectorName = "Đất đai",
            Version = "QĐ 1234/QĐ-UBND ngày 15/7/2025",
            CaseCode = "TH-02",
            CaseName = "Trường hợp chuyển nhượng, tặng cho",
        },
        Summary = "Đăng ký biến động do chuyển nhượng thửa đất số 45, tờ bản đồ số 12",
        SubjectPlace = new SubjectPlace
        {
            Province = Province("52", "Tỉnh Gia Lai"),
            District = District2004("622", "Thành phố Pleiku"),
            Commune = Commune("23563", "Phường Diên Hồng"),
            Description = "Thửa đất số 45, tờ bản đồ số 12",
        },
        Channel = Channel.Online,
        OnlineServiceLevel = OnlineServiceLevel.Full,
        FilingPlace = "Trung tâm Phục vụ hành chính công phường Diên Hồng",
        OnlineAccount = new OnlineAccount { VerifiedByVneid = true, PaidOnline = true },
        OtherCodes = { new VendorCode { MemberId = "member-vbdlis-gialai", Code = "SBN-2025-00981" } },
        CompetentAgency = Agency(LandOffice, "Chi nhánh Văn phòng đăng ký đất đai Pleiku"),
        ReturnAgency = Agency(Desk, "Bộ phận một cửa phường Diên Hồng"),
        Documents = { Document("tp-1", DocumentRole.Component, "Đơn đăng ký biến động đất đai (Mẫu 11/ĐK)") },
        Papers = { new PaperCount { Name = "Hợp đồng chuyển nhượng có công chứng", Count = 1, PaperType = "Bản chính" } },
        Fees = { Fee("LP-01", 100_000) },
        Delivery = new DeliveryChoice
        {
            Method = DeliveryMethod.Post,
            PostalRegistration = "BCCI-2025-118822",
            PostalRegisteredTime = At("2025-11-03T08:05:00+07:00"),
            NotifyByEmail = true,
            NotifyByZalo = true,
            NotifyBySms = true,
        },
        CrossBoundary = new CrossBoundaryFiling
        {
            CompetentUnitAgency = Agency("000.00.32.H56", "UBND phường Hội Phú"),
            ReceivingOfficer = Officer("cb-07", "Lê Thị Thu Hà"),
            SentTime = At("2025-11-03T09:00:00+07:00"),
            ReceivedTime = At("2025-11-03T09:30:00+07:00"),
            ReturnedTime = At("2025-11-12T15:00:00+07:00"),
            StatusText = "Đã trả kết quả về nơi tiếp nhận",
        },
        Digitisation = new Digitisation
        {
            HasDigitisedComponents = true,
            StatusText = "Đã số hóa thành phần hồ sơ",
            ConnectedDatabaseCodes = { "CSDLQGDC" },
        },
        SubmittedTime = At("2025-11-02T21:40:00+07:00"),
        VendorAttributes = { new VendorAttribute { Namespace = "vn.vnpt.igate", Key = "eFormId", Value = "6512aa" } },
        Note = "Công dân đề nghị nhận kết quả qua bưu điện",
        BundledProcedures =
        {
            new ProcedureRef
            {
                ProcedureCode = "1.000656",
                Name = "Đăng ký thay đổi thông tin cư trú",
                SectorCode = "G08-CA05",
                SectorName = "Đăng ký, quản lý cư trú",
                Version = "QĐ 5548/QĐ-BCA 2025",
                CaseCode = "TH-01",
                CaseName = "Thay đổi địa chỉ",
            },
        },
    };

    public static PersonalData Personal() => new()
    {
        Owner = Citizen("Nguyễn Thị Hồng Nhung", "064187000123"),
        Submitter = new Submitter
        {
            Role = SubmitterRole.AuthorisedRepresentative,
            Party = Citizen("Phạm Quốc Việt", "052085000456"),
            AuthorisationDocumentId = "uq-1",
        },
        FormData = Form("{\"dienTich\":120.50,\"soThua\":45,\"soTo\":12,\"mucDich\":\"Đất ở tại đô thị\"}"),
        ResultFormData = Form("{\"soPhatHanh\":\"CS 0456789\",\"dienTich\":120.50}"),
        ResultRecipient = new ResultRecipient { Role = SubmitterRole.Owner, Party = Citizen("Nguyễn Thị Hồng Nhung", "064187000123") },
        PostalRecipient = Citizen("Nguyễn Thị Hồng Nhung", "064187000123"),
    };
}
