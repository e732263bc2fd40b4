using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Protos.Tests;

/// <summary>Small fully-set values the samples are built from (Vietnamese text with diacritics).</summary>
internal static class SampleValues
{
    public static Timestamp At(string isoWithOffset) => Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(isoWithOffset, System.Globalization.CultureInfo.InvariantCulture));

    public static ByteString Bytes(byte seed) => ByteString.CopyFrom(Enumerable.Range(0, 32).Select(i => (byte)(seed + i)).ToArray());

    public static CivilDate Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public static AgencyRef Agency(string id, string name) => new() { AgencyId = id, Name = name };

    public static Officer Officer(string id, string name) => new() { Id = id, Name = name, Position = "Chuyên viên", Department = "Bộ phận một cửa" };

    public static ProcessingLimit WorkingDays(uint days) => new() { Amount = days, Unit = LimitUnit.WorkingDays };

    public static Money Vnd(long units) => new() { CurrencyCode = "VND", Units = units };

    public static UnitRef Commune(string code, string name) => new() { Code = code, Edition = UnitListEdition.List2025, Level = UnitLevel.Commune, Name = name };

    public static UnitRef Province(string code, string name) => new() { Code = code, Edition = UnitListEdition.List2025, Level = UnitLevel.Province, Name = name };

    public static UnitRef District2004(string code, string name) => new() { Code = code, Edition = UnitListEdition.List2004, Level = UnitLevel.District, Name = name };

    public static DocumentRef Document(string id, DocumentRole role, string name) => new()
    {
        Id = id,
        ComponentCode = "TP-" + id,
        Name = name,
        Role = role,
        Custody = ContentCustody.Vendor,
        MediaType = "application/pdf",
        SizeBytes = 182_044,
        Sha256 = Bytes(7),
        Url = "https://motcua.gialai.gov.vn/files/" + id,
        OwnerMemberId = "member-igate-gialai",
        Digitised = true,
        Reused = true,
        FromNationalStore = true,
        ReplacesResultCode = "KQ-2024-000123",
        Verified = true,
        OriginalCount = 1,
        CopyCount = 2,
    };

    public static Party Citizen(string name, string personalId) => new()
    {
        Kind = PartyKind.Citizen,
        Name = name,
        SubjectCode = "CD-" + personalId,
        IdentityDocuments =
        {
            new IdentityDocument
            {
                Kind = IdentityDocumentKind.PersonalId,
                Number = personalId,
                Name = "Căn cước",
                IssuedOn = Date(2021, 4, 12),
                IssuedBy = "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
            },
        },
        BirthDate = Date(1987, 9, 2),
        Sex = Sex.Female,
        Contact = new Contact { Phone = "0905123456", Email = "nhung.nguyen@example.vn", Fax = "02693822111" },
        Address = new Address
        {
            Street = "Số 12 đường Trần Hưng Đạo, tổ 3",
            Province = Province("52", "Tỉnh Gia Lai"),
            District = District2004("622", "Thành phố Pleiku"),
            Commune = Commune("23563", "Phường Diên Hồng"),
            FullText = "Số 12 đường Trần Hưng Đạo, tổ 3, Phường Diên Hồng, Tỉnh Gia Lai",
        },
        Description = "Chủ sử dụng thửa đất số 45, tờ bản đồ số 12",
    };

    public static FeeLine Fee(string code, long amount) => new()
    {
        Code = code,
        Name = "Lệ phí cấp giấy chứng nhận quyền sử dụng đất",
        Kind = FeeKind.Charge,
        Amount = Vnd(amount),
        Method = CollectionMethod.Online,
    };

    public static Payment Payment(string code, long amount) => new()
    {
        FeeCode = code,
        Amount = Vnd(amount),
        Method = CollectionMethod.Online,
        PaidTime = At("2025-11-05T09:12:00+07:00"),
        ReceiptNumber = "BL-0001234",
    };

    public static ResultDocument ResultDocument() => new()
    {
        DocumentType = "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        NumberAndSymbol = "CS 0456789/QĐ-VPĐKĐĐ",
        Summary = "Cấp đổi giấy chứng nhận cho bà Nguyễn Thị Hồng Nhung",
        Signer = Officer("gd-01", "Trần Văn Đức"),
        IssuingAgency = Agency("000.31.02.H56", "Chi nhánh Văn phòng đăng ký đất đai Pleiku"),
        IssuedOn = Date(2025, 11, 12),
        SignedOn = Date(2025, 11, 12),
        ResultCode = "KQ-2025-004567",
        Content = Document("kq-1", DocumentRole.Result, "Giấy chứng nhận (bản điện tử)"),
    };

    public static FormData Form(string json) => new()
    {
        SchemaId = "vn.gov.land/dang-ky-bien-dong",
        SchemaVersion = "2025.1",
        Json = json,
    };

    public static Provenance Mapped(string status) => new()
    {
        Kind = ProvenanceKind.Synthesised,
        SourceSystem = "igate-gialai",
        SourceRecordId = "65f1c2a9e4b0a1d2c3e4f5a6",
        SourceStatus = status,
        SynthesisedReason = "the legacy system skips this state",
    };
}
