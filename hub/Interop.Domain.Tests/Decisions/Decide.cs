using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.Decisions;

/// <summary>Runs decisions against the test registry, and writes the literal values tests expect.</summary>
internal static class Decide
{
    public static readonly Officer Lan = new() { Id = "tn.lan", Name = "Nguyễn Thị Lan", Position = "Công chức một cửa" };
    public static readonly Officer Minh = new() { Id = "vpdk.minh", Name = "Trần Văn Minh", Position = "Chuyên viên" };
    public static readonly Officer Hoa = new() { Id = "thue.hoa", Name = "Lê Thị Hoa", Position = "Kiểm soát viên thuế" };

    /// <summary>A local instant of 2026 in Asia/Ho_Chi_Minh (+07:00).</summary>
    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0, int second = 0)
        => new(2026, month, day, hour, minute, second, TimeSpan.FromHours(7));

    /// <summary>The same instant as a protobuf timestamp.</summary>
    public static Timestamp Ts(int month, int day, int hour, int minute = 0) => Timestamp.FromDateTimeOffset(Local(month, day, hour, minute));

    /// <summary>A native context with a claimed time.</summary>
    public static CommandContext Context(string requestId, string agencyId, Officer officer, DateTimeOffset? claimed = null) => new()
    {
        RequestId = requestId,
        ActingAgencyId = agencyId,
        Officer = officer.Clone(),
        ClaimedTime = claimed is { } at ? Timestamp.FromDateTimeOffset(at) : null,
    };

    public static Decision Run(DossierCommand command, string memberId, string dossierId, Dossier? state, DateTimeOffset recorded)
        => command.Decide(new DecisionInput(GiaLai.Registry, GiaLai.Caller(memberId), dossierId, state, recorded));

    /// <summary>The draft of an allowed command; fails with the refusal otherwise.</summary>
    public static EventDraft Allowed(DossierCommand command, string memberId, string dossierId, Dossier? state, DateTimeOffset recorded)
    {
        var decision = Run(command, memberId, dossierId, state, recorded);
        Assert.True(decision.Draft is not null, $"refused: {decision.Refusal}");
        return decision.Draft!;
    }

    /// <summary>The refusal of a refused command; fails when it was allowed.</summary>
    public static Refusal Refused(DossierCommand command, string memberId, string dossierId, Dossier? state, DateTimeOffset recorded)
    {
        var decision = Run(command, memberId, dossierId, state, recorded);
        Assert.True(decision.Refusal is not null, $"allowed: {decision.Draft?.Body}");
        return decision.Refusal!;
    }

    /// <summary>The event's envelope alone (its payload cleared), to compare with <see cref="Envelope"/>.</summary>
    public static EventBody EnvelopeOf(EventDraft draft)
    {
        var envelope = draft.Body.Clone();
        envelope.ClearPayload();
        return envelope;
    }

    /// <summary>The envelope a native command's event carries.</summary>
    public static EventBody Envelope(
        string id, string dossierId, long sequence, EventType type, string memberId, string agencyId, string agencyName, Officer officer,
        Timestamp claimed, Timestamp recorded, string requestId) => new()
        {
            Id = id,
            DossierId = dossierId,
            Sequence = sequence,
            Type = type,
            Actor = new Actor { MemberId = memberId, Agency = new AgencyRef { AgencyId = agencyId, Name = agencyName }, Officer = officer.Clone() },
            ClaimedTime = claimed,
            RecordedTime = recorded,
            Provenance = new Provenance { Kind = ProvenanceKind.Native },
            RequestId = requestId,
            SchemaId = "interop.dossier.v1",
        };

    /// <summary>The routes as "agency:Role,Role", in order.</summary>
    public static string[] Routes(EventDraft draft) => [.. draft.Routes.Select(r => $"{r.AgencyId}:{string.Join(',', r.Roles)}")];

    /// <summary>The list roles as "agency:Role", in order.</summary>
    public static string[] Roles(EventDraft draft) => [.. draft.ListRoles.Select(r => $"{r.AgencyId}:{r.Role}")];

    /// <summary>The violations as "field: description (REASON)".</summary>
    public static string[] Violations(Refusal refusal) => [.. refusal.Violations.Select(v => $"{v.Field}: {v.Description} ({v.Reason})")];

    /// <summary>A refusal as "Kind Reason: message", with " (version n)" on a version mismatch.</summary>
    public static string Describe(Refusal? refusal)
        => refusal is null ? "allowed" : $"{refusal.Kind} {refusal.Reason}: {refusal.Message}" + (refusal.CurrentVersion is { } v ? $" (version {v})" : "");

    public static AgencyRef Agency(string id, string name) => new() { AgencyId = id, Name = name };

    public static ProcessingLimit WorkingDays(uint amount) => new() { Amount = amount, Unit = LimitUnit.WorkingDays };

    public static ProcessingLimit WorkingHours(uint amount) => new() { Amount = amount, Unit = LimitUnit.WorkingHours };
}
