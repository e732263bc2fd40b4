using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.CSharpClient;

/// <summary>The example's requests: a land transfer registration received at a Gia Lai desk.</summary>
internal static class LandDossier
{
    public const string Desk = "001.01.21.H21";
    public const string LandOffice = "000.12.21.H21";

    public static ReceiveDossierRequest Receive(string run) => new()
    {
        Context = Context($"{run}-receive", Desk, "cb-01"),
        VendorCode = $"CS-{run}",
        Dossier = new DossierInput
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
            },
        },
    };

    public static OfferHandoverRequest Offer(string run, string dossierId) => new()
    {
        Context = Context($"{run}-offer", Desk, "cb-01"),
        DossierId = dossierId,
        ToAgencyId = LandOffice,
        Note = "Chuyển hồ sơ đến Văn phòng đăng ký đất đai",
    };

    public static AcceptHandoverRequest Accept(string run, string dossierId) => new()
    {
        Context = Context($"{run}-accept", LandOffice, "cv-12"),
        DossierId = dossierId,
    };

    // No claimed time: the hub records the event at its own clock.
    private static CommandContext Context(string requestId, string agency, string officer) => new()
    {
        RequestId = requestId,
        ActingAgencyId = agency,
        Officer = new Officer { Id = officer, Name = "Cán bộ " + officer },
        Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "csharp-client-example" },
    };
}
