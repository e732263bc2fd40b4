using Interop.Domain.Commands;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Domain.Tests.Decisions.Decide;
using static Interop.Domain.Tests.Decisions.GiaLai;

namespace Interop.Domain.Tests.Decisions;

/// <summary>
/// The inputs of the tests and the states they start from, each reached by deciding the commands before it
/// (no claimed time: each event is claimed when recorded). The land dossier is received at the Diên Hồng desk
/// on Tuesday 2026-03-03 09:00 (appointment Friday 2026-03-13 09:00); the birth registration, which the desk
/// resolves itself, on the same morning (appointment 15:00 the same day).
/// </summary>
internal static class Scenes
{
    public const string LandId = "d-land";
    public const string BirthId = "d-birth";
    public const string FiledId = "d-filed";

    public const string LandSummary = "Đăng ký biến động do chuyển nhượng thửa đất số 45, tờ bản đồ số 12";

    public static DossierInput LandInput(Channel channel = Channel.InPerson) => new()
    {
        Details = new DossierDetails
        {
            Procedure = new ProcedureRef { ProcedureCode = LandProcedure, CaseCode = "TH1" },
            Summary = LandSummary,
            Channel = channel,
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

    public static DossierInput BirthInput() => new()
    {
        Details = new DossierDetails
        {
            Procedure = new ProcedureRef { ProcedureCode = BirthProcedure },
            Summary = "Đăng ký khai sinh cho con",
            Channel = Channel.InPerson,
        },
        PersonalData = new PersonalData { Owner = new Party { Kind = PartyKind.Citizen, Name = "Trần Văn Bình" } },
    };

    public static ReceiveDossierRequest ReceiveLand(string requestId, DateTimeOffset? claimed = null) => new()
    {
        Context = Context(requestId, Desk, Lan, claimed),
        VendorCode = "H21.129-260303-0001",
        Dossier = LandInput(),
    };

    /// <summary>v1 RECEIVED at the desk, national code 001.01.21.H21-260303-0001.</summary>
    public static Dossier Received()
    {
        var draft = Allowed(new ReceiveDossierCommand(ReceiveLand("r-1")), Igate, LandId, null, Local(3, 3, 9));
        draft.AssignNationalCode(1);
        return draft.State;
    }

    /// <summary>v2 PROCESSING: the desk offered it to the land office at 10:00 (h-2, the route's 6 working days: Wednesday 11th 10:00).</summary>
    public static Dossier Offered() => Allowed(
        new OfferHandoverCommand(new OfferHandoverRequest { Context = Context("r-2", Desk, Lan), DossierId = LandId, ToAgencyId = Land, Note = "Chuyển hồ sơ" }),
        Igate, LandId, Received(), Local(3, 3, 10)).State;

    /// <summary>v3 PROCESSING, held by the land office since 14:00.</summary>
    public static Dossier AtLand() => Allowed(
        new AcceptHandoverCommand(new AcceptHandoverRequest { Context = Context("l-1", Land, Minh), DossierId = LandId }),
        Vbdlis, LandId, Offered(), Local(3, 3, 14)).State;

    /// <summary>v1 SUBMITTED: filed online by the portal for the desk on Monday 2026-03-02 20:00.</summary>
    public static Dossier Filed() => Allowed(
        new FileDossierCommand(new FileDossierRequest { Context = Context("p-1", Desk, Lan), VendorCode = "DVC-2026-000123", Dossier = LandInput(Channel.Online) }),
        Portal, FiledId, null, Local(3, 2, 20)).State;

    /// <summary>v1 RECEIVED: a birth registration at the desk, 4 working hours, competent the desk itself.</summary>
    public static Dossier BirthReceived()
    {
        var draft = Allowed(
            new ReceiveDossierCommand(new ReceiveDossierRequest { Context = Context("b-1", Desk, Lan), VendorCode = "H21.129-260303-0002", Dossier = BirthInput() }),
            Igate, BirthId, null, Local(3, 3, 9));
        draft.AssignNationalCode(2);
        return draft.State;
    }

    /// <summary>v2 RESOLVED by the desk at 11:00.</summary>
    public static Dossier BirthResolved() => Allowed(
        new ResolveDossierCommand(new ResolveDossierRequest { Context = Context("b-2", Desk, Lan), DossierId = BirthId, Outcome = Outcome.Granted }),
        Igate, BirthId, BirthReceived(), Local(3, 3, 11)).State;
}
