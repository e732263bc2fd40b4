using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Adapters.Sdk.Tests.Hosting;

/// <summary>Land transfer registrations of the sample registry, received at the Diên Hồng desk and competent the Pleiku land office.</summary>
internal static class LandDossiers
{
    public const string Desk = "001.01.21.H21";
    public const string LandOffice = "000.12.21.H21";
    public const string ReturnDesk = "000.00.01.H21";

    public static ReceiveDossierRequest Receive(string requestId, string vendorCode, string ownerName = "Nguyễn Văn An") => new()
    {
        Context = new CommandContext
        {
            RequestId = requestId,
            ActingAgencyId = Desk,
            Officer = new Officer { Id = "cb-01", Name = "Trần Thị Bình" },
            Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "sdk-tests" },
        },
        VendorCode = vendorCode,
        Dossier = new DossierInput
        {
            Details = new DossierDetails
            {
                Procedure = new ProcedureRef { ProcedureCode = "1.004227", CaseCode = "TH1" },
                Summary = "Đăng ký biến động do chuyển nhượng thửa đất số 12, tờ bản đồ số 3",
                Channel = Channel.InPerson,
                ReturnAgency = new AgencyRef { AgencyId = ReturnDesk },
                SubjectPlace = new SubjectPlace
                {
                    Province = Unit("52", UnitLevel.Province),
                    Commune = Unit("23563", UnitLevel.Commune),
                    Description = "Thửa đất số 12, tờ bản đồ số 3, phường Diên Hồng",
                },
            },
            PersonalData = new PersonalData
            {
                Owner = new Party { Kind = PartyKind.Citizen, Name = ownerName },
            },
        },
    };

    private static UnitRef Unit(string code, UnitLevel level) => new() { Code = code, Edition = UnitListEdition.List2025, Level = level };
}
