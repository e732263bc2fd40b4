using System.Globalization;
using System.Text;
using System.Text.Json;
using Interop.Load.Wire;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Load.Corpus;

/// <summary>
/// The run's distinct ReceiveDossier requests, serialised before it starts: land transfer registrations
/// (procedure 1.004227 case TH1) received at the desk 001.01.21.H21 of the sample registry, competent
/// the land office 000.12.21.H21 and returned at the provincial centre 000.00.01.H21, each padded with
/// form data to its size. Call <c>n</c> sends template <c>n mod count</c> with its own request id.
/// A corpus spread over desks takes them in turn (<see cref="Desks"/>): the hub issues a desk at most
/// 999,999 national codes a day (STANDARD ID-2b), so a fill of a million needs more than one.
/// </summary>
internal sealed class DossierCorpus
{
    public const string Desk = "001.01.21.H21";
    public const string LandOffice = "000.12.21.H21";
    public const string ReturnDesk = "000.00.01.H21";

    /// <summary>The commune desks of the sample registry that the load's member operates.</summary>
    public static readonly string[] Desks = [Desk, "002.01.21.H21", "003.01.21.H21"];

    private readonly RequestTemplate[] templates;

    private DossierCorpus(RequestTemplate[] templates) => this.templates = templates;

    public int Count => templates.Length;

    public double MeanBytes => templates.Average(t => (double)t.Length);

    public RequestTemplate For(long number) => templates[(int)(number % templates.Length)];

    public static DossierCorpus Build(int count, PayloadSize size, bool spreadOverDesks = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var templates = new RequestTemplate[count];
        for (var i = 0; i < count; i++)
        {
            var desk = spreadOverDesks ? Desks[i % Desks.Length] : Desk;
            templates[i] = RequestTemplate.Of(Padded(i, TargetBytes(size, i), desk));
        }

        return new DossierCorpus(templates);
    }

    public static int TargetBytes(PayloadSize size, int i) => size switch
    {
        PayloadSize.Mix => (i % 3) switch { 0 => 2 * 1024, 1 => 10 * 1024, _ => 20 * 1024 },
        _ => 10 * 1024,
    };

    /// <summary>Request i, its form data's free text grown until the request reaches the target size.</summary>
    public static ReceiveDossierRequest Padded(int i, int targetBytes, string desk = Desk)
    {
        var request = Request(i, "", desk);
        var deficit = targetBytes - request.CalculateSize();
        return deficit <= 0 ? request : Request(i, Filler(i, deficit), desk);
    }

    private static string Filler(int i, int bytes)
    {
        var text = new StringBuilder();
        for (var n = 0; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; n++)
        {
            text.Append(VietnameseText.Pick(VietnameseText.Notes, i + n)).Append(' ');
        }

        // The JSON encoder writes the text as it is (UnsafeRelaxedJsonEscaping), so its UTF-8 length is what it adds.
        while (text.Length > 0 && Encoding.UTF8.GetByteCount(text.ToString()) > bytes)
        {
            text.Length--;
        }

        return text.ToString().TrimEnd();
    }

    private static ReceiveDossierRequest Request(int i, string filler, string desk)
    {
        var owner = VietnameseText.PersonName(i);
        var commune = VietnameseText.Communes[i % VietnameseText.Communes.Length];
        var street = VietnameseText.Pick(VietnameseText.Streets, i);
        var parcel = 10 + (i % 390);
        var sheet = 1 + (i % 47);
        var address = $"{12 + (i % 280)} {street}, {commune.Name}, tỉnh Gia Lai";
        var request = new ReceiveDossierRequest
        {
            Context = new CommandContext
            {
                RequestId = RequestTemplate.Placeholder,
                ActingAgencyId = desk,
                Officer = new Officer { Id = $"cb-{1 + (i % 9):D2}", Name = "Cán bộ " + VietnameseText.PersonName(i + 5) },
                Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "interop-load" },
            },
            VendorCode = "LT-" + RequestTemplate.Placeholder,
            Dossier = new DossierInput
            {
                Details = new DossierDetails
                {
                    Procedure = new ProcedureRef { ProcedureCode = "1.004227", CaseCode = "TH1" },
                    Summary = $"Đăng ký biến động do chuyển nhượng thửa đất số {parcel}, tờ bản đồ số {sheet}, {commune.Name} cho ông (bà) {owner}",
                    Channel = Channel.InPerson,
                    ReturnAgency = new AgencyRef { AgencyId = ReturnDesk },
                    SubjectPlace = new SubjectPlace
                    {
                        Province = Unit("52", UnitLevel.Province),
                        Commune = Unit(commune.Code, UnitLevel.Commune),
                        Description = $"Thửa đất số {parcel}, tờ bản đồ số {sheet}, {address}",
                    },
                    Note = VietnameseText.Pick(VietnameseText.Notes, i),
                },
                PersonalData = new PersonalData
                {
                    Owner = Party(i, owner, address, commune.Code),
                    Submitter = new Submitter { Role = SubmitterRole.AuthorisedRepresentative, Party = Party(i + 11, VietnameseText.PersonName(i + 11), address, commune.Code) },
                    FormData = new FormData { SchemaId = "vn.gialai.land/dang-ky-bien-dong", SchemaVersion = "1", Json = FormJson(i, owner, address, parcel, sheet, filler) },
                },
            },
        };
        for (var d = 0; d < 4; d++)
        {
            request.Dossier.Details.Documents.Add(new DocumentRef
            {
                Id = $"tp-{i}-{d}",
                ComponentCode = $"TP{d + 1}",
                Name = VietnameseText.Pick(VietnameseText.Documents, i + d),
                Role = DocumentRole.Component,
                Custody = ContentCustody.Paper,
                OriginalCount = 1,
                CopyCount = d % 2,
            });
        }

        return request;
    }

    private static Party Party(int i, string name, string address, string commune) => new()
    {
        Kind = PartyKind.Citizen,
        Name = name,
        IdentityDocuments = { new IdentityDocument { Kind = IdentityDocumentKind.PersonalId, Number = PersonalId(i) } },
        Sex = i % 2 == 0 ? Sex.Female : Sex.Male,
        Contact = new Contact { Phone = $"09{(i * 7919) % 100_000_000:D8}" },
        Address = new Address { Street = address.Split(',')[0], Province = Unit("52", UnitLevel.Province), Commune = Unit(commune, UnitLevel.Commune), FullText = address },
    };

    // Gia Lai's birth-registration code 064, a 20th-century century-and-sex digit, the birth year, six digits.
    private static string PersonalId(int i) => string.Create(CultureInfo.InvariantCulture, $"064{i % 2}{60 + (i % 40):D2}{i % 1_000_000:D6}");

    private static UnitRef Unit(string code, UnitLevel level) => new() { Code = code, Edition = UnitListEdition.List2025, Level = level };

    private static string FormJson(int i, string owner, string address, int parcel, int sheet, string filler) => JsonSerializer.Serialize(
        new Dictionary<string, object>
        {
            ["nguoiSuDungDat"] = owner,
            ["diaChiThuongTru"] = address,
            ["thuaDatSo"] = parcel,
            ["toBanDoSo"] = sheet,
            ["dienTichM2"] = 80 + (i % 400),
            ["mucDichSuDung"] = "Đất ở tại đô thị",
            ["noiDungBienDong"] = "Chuyển nhượng toàn bộ thửa đất cho bên nhận chuyển nhượng",
            ["ghiChu"] = filler,
        },
        FormJsonOptions);

    private static readonly JsonSerializerOptions FormJsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
