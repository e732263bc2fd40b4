using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Tests;

/// <summary>Requests of the land dossier the end-to-end tests walk, with claimed times of imported history.</summary>
internal static class LandDossier
{
    public static Timestamp Local(int month, int day, int hour, int minute = 0)
        => Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, month, day, hour, minute, 0, TimeSpan.FromHours(7)));

    public static CommandContext Context(string requestId, string agency, Timestamp claimed, string officer = "cb-01") => new()
    {
        RequestId = requestId,
        ActingAgencyId = agency,
        Officer = new Officer { Id = officer, Name = "Cán bộ " + officer },
        ClaimedTime = claimed,
        Provenance = new Provenance { Kind = ProvenanceKind.Imported, SourceSystem = "test" },
    };

    public static ReceiveDossierRequest Receive(string requestId, string vendorCode, Timestamp claimed) => new()
    {
        Context = Context(requestId, Members.Desk, claimed),
        VendorCode = vendorCode,
        Dossier = Input(),
    };

    /// <summary>The land transfer registration every scene of the tests receives (Vietnamese text, a personal part, form data).</summary>
    public static DossierInput Input() => new()
    {
        Details = new DossierDetails
        {
            Procedure = new ProcedureRef { ProcedureCode = "1.004227", CaseCode = "TH1" },
            Summary = "Đăng ký biến động do chuyển nhượng thửa đất số 45, tờ bản đồ số 12",
            Channel = Channel.InPerson,
            SubjectPlace = new SubjectPlace
            {
                Province = new UnitRef { Code = "52", Edition = UnitListEdition.List2025, Level = UnitLevel.Province },
                Commune = new UnitRef { Code = "23563", Edition = UnitListEdition.List2025, Level = UnitLevel.Commune },
                Description = "Thửa đất số 45, tờ bản đồ số 12",
            },
        },
        PersonalData = new PersonalData
        {
            Owner = new Party
            {
                Kind = PartyKind.Citizen,
                Name = "Nguyễn Thị Hồng Nhung",
                IdentityDocuments = { new IdentityDocument { Kind = IdentityDocumentKind.PersonalId, Number = "064187000123" } },
            },
            FormData = new FormData { SchemaId = "vn.gialai.land/dang-ky-bien-dong", SchemaVersion = "1", Json = "{\"dienTich\":120.50}" },
        },
    };
}
