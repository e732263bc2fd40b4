using System.Globalization;
using Google.Protobuf;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Tests.Rights;

/// <summary>Where a scene's dossier stands, built through the public API with the hub's clock (no claimed times).</summary>
public enum Scene
{
    /// <summary>No dossier: the call creates one.</summary>
    None,

    /// <summary>Filed online by the portal at the commune desk (status 1); the desk holds it.</summary>
    Filed,

    /// <summary>Received at the commune desk (status 2); the desk holds it, the land office is competent.</summary>
    Received,

    /// <summary>Received at the desk, handed to the business office, which handed it on to the land office (status 4).</summary>
    AtLand,

    /// <summary><see cref="AtLand"/>, then the land office asked for a supplement (status 5).</summary>
    AtLandAwaitingSupplement,

    /// <summary><see cref="AtLand"/>, then the land office asked for a fee (status 6).</summary>
    AtLandAwaitingFee,

    /// <summary><see cref="AtLand"/>, then the land office suspended it (status 8).</summary>
    AtLandSuspended,

    /// <summary><see cref="AtLand"/>, then the land office resolved it (status 9).</summary>
    AtLandResolved,

    /// <summary><see cref="AtLand"/>, then the land office offered it back to the desk (status 4, an offer pending).</summary>
    AtLandOfferedBackToDesk,

    /// <summary><see cref="AtLand"/>, then the land office consulted the tax office (status 4, a consultation open).</summary>
    AtLandConsultingTax,

    /// <summary><see cref="AtLandResolved"/>, then the desk returned the result (status 10, terminal).</summary>
    Returned,

    /// <summary>Received at the desk, then withdrawn at the citizen's request (status 7, terminal).</summary>
    Withdrawn,
}

/// <summary>Requests of the standard with fresh request ids and vendor codes, and dossiers put into a <see cref="Scene"/>.</summary>
internal sealed class Scenes(Members members)
{
    private static int nationalSequence = 1000;

    public Members Members { get; } = members;

    public static string NewRequestId(string prefix = "rq") => $"{prefix}-{Guid.NewGuid():N}";

    public static string NewVendorCode() => $"V-{Guid.NewGuid():N}";

    /// <summary>A fresh national code of the land office, whose member system issues its codes.</summary>
    public static string NewLandNationalCode()
        => $"{Members.Land}-{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)):yyMMdd}-{Interlocked.Increment(ref nationalSequence).ToString(CultureInfo.InvariantCulture)}";

    public static CommandContext Context(string requestId, string agency) => new()
    {
        RequestId = requestId,
        ActingAgencyId = agency,
        Officer = new Officer { Id = "cb-01", Name = "Cán bộ một cửa" },
    };

    public static DossierInput LandInput() => LandDossier.Input();

    /// <summary>A new dossier received at an agency's desk; the land office's own system sends its national code.</summary>
    public static ReceiveDossierRequest Receive(string requestId, string agency = Members.Desk) => new()
    {
        Context = Context(requestId, agency),
        VendorCode = NewVendorCode(),
        NationalCode = agency == Members.Land ? NewLandNationalCode() : "",
        Dossier = LandInput(),
    };

    public static FileDossierRequest File(string requestId, string agency, string receivingAgency = Members.Desk) => new()
    {
        Context = Context(requestId, agency),
        VendorCode = NewVendorCode(),
        ReceivingAgencyId = receivingAgency,
        Dossier = LandInput(),
    };

    public static ProcessingLimit Days(uint days) => new() { Amount = days, Unit = LimitUnit.WorkingDays };

    public static Money Vnd(long units) => new() { CurrencyCode = "VND", Units = units };

    public static AddNoteRequest Note(string requestId, string agency, string dossierId, string text = "Đã kiểm tra hồ sơ")
        => new() { Context = Context(requestId, agency), DossierId = dossierId, Text = text };

    /// <summary>Builds a dossier into a scene and answers its state.</summary>
    public async Task<Dossier> BuildAsync(Scene scene)
    {
        var m = Members;
        switch (scene)
        {
            case Scene.None:
                throw new ArgumentException("no dossier in this scene", nameof(scene));
            case Scene.Filed:
                return await Write(m.Portal, File(NewRequestId(), Members.Desk));
            case Scene.Received:
                return await Write(m.Igate, Receive(NewRequestId()));
            case Scene.Withdrawn:
                var received = await BuildAsync(Scene.Received);
                return await Write(m.Igate, new WithdrawDossierRequest { Context = Context(NewRequestId(), Members.Desk), DossierId = received.Id, Reason = "Công dân xin rút hồ sơ" });
            case Scene.AtLand:
                var id = (await BuildAsync(Scene.Received)).Id;
                await Write(m.Igate, new OfferHandoverRequest { Context = Context(NewRequestId(), Members.Desk), DossierId = id, ToAgencyId = Members.Business, StepLimit = Days(2) });
                await Write(m.BusinessRegistry, new AcceptHandoverRequest { Context = Context(NewRequestId(), Members.Business), DossierId = id });
                await Write(m.BusinessRegistry, new OfferHandoverRequest { Context = Context(NewRequestId(), Members.Business), DossierId = id, ToAgencyId = Members.Land, StepLimit = Days(5) });
                return await Write(m.Vbdlis, new AcceptHandoverRequest { Context = Context(NewRequestId(), Members.Land), DossierId = id });
            case Scene.Returned:
                var resolved = await BuildAsync(Scene.AtLandResolved);
                return await Write(m.Igate, new ReturnResultRequest { Context = Context(NewRequestId(), Members.Desk), DossierId = resolved.Id, Method = DeliveryMethod.AtDesk });
            default:
                var atLand = (await BuildAsync(Scene.AtLand)).Id;
                return await Write(m.Vbdlis, ByLand(scene, Context(NewRequestId(), Members.Land), atLand));
        }
    }

    /// <summary>The current state of a dossier, read by the auditor.</summary>
    public async Task<Dossier> ReadAsync(string dossierId)
        => (await Members.Auditor.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = dossierId })).Dossier;

    /// <summary>The global log position of a dossier's last event, read by the auditor.</summary>
    public async Task<long> LastPositionAsync(string dossierId)
    {
        var events = await Members.Auditor.Audit.ListDossierEventsAsync(new ListDossierEventsRequest { DossierId = dossierId, PageSize = 500 });
        return events.Events[^1].Position.Index;
    }

    private static IMessage ByLand(Scene scene, CommandContext context, string id) => scene switch
    {
        Scene.AtLandAwaitingSupplement => new RequestSupplementRequest { Context = context, DossierId = id, Reason = "Thiếu bản đồ địa chính" },
        Scene.AtLandAwaitingFee => new RequestFeeRequest { Context = context, DossierId = id, Lines = { new FeeLine { Code = "LP-01", Name = "Lệ phí trước bạ", Kind = FeeKind.FinancialObligation, Amount = Vnd(500_000) } } },
        Scene.AtLandSuspended => new SuspendDossierRequest { Context = context, DossierId = id, Reason = "Có tranh chấp" },
        Scene.AtLandResolved => new ResolveDossierRequest { Context = context, DossierId = id, Outcome = Outcome.Granted },
        Scene.AtLandOfferedBackToDesk => new OfferHandoverRequest { Context = context, DossierId = id, ToAgencyId = Members.Desk, IsHandBack = true, StepLimit = Days(1) },
        Scene.AtLandConsultingTax => new RequestConsultationRequest { Context = context, DossierId = id, ConsultedAgencyId = Members.Tax, Question = "Xác định nghĩa vụ tài chính", Limit = Days(3) },
        _ => throw new ArgumentOutOfRangeException(nameof(scene), scene, null),
    };

    private static async Task<Dossier> Write(HubClient client, IMessage request)
        => Calls.Outcome(await Calls.SendAsync(client, request)).Dossier;
}
