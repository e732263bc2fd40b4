using System.Collections.Concurrent;
using Interop.Domain.Time;
using Interop.Protos.Registry.V1;

namespace Interop.Domain.Registry;

/// <summary>One recorded version of the registry, indexed for decisions: agencies with their working time, procedures, members. Immutable.</summary>
public sealed class RegistryView
{
    private readonly Dictionary<string, Agency> agencies;
    private readonly Dictionary<string, Procedure> procedures;
    private readonly Dictionary<string, Member> members;
    private readonly HashSet<string> servedAgencies;
    private readonly ILookup<string, (Member Member, KeyPin Pin)> pins;
    private readonly ConcurrentDictionary<string, WorkingTimeCalculator> workingTimes = new(StringComparer.Ordinal);

    public RegistryView(RegistrySnapshot snapshot, long version, byte[] digest, DateTimeOffset recordedTime)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Version = version;
        Digest = digest;
        RecordedTime = recordedTime;
        agencies = snapshot.Agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        procedures = snapshot.Procedures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        members = snapshot.Members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        servedAgencies = snapshot.Members.SelectMany(m => m.AgencyIds).ToHashSet(StringComparer.Ordinal);
        pins = snapshot.Members.SelectMany(m => m.KeyPins.Select(p => (Member: m, Pin: p))).ToLookup(x => Convert.ToHexString(x.Pin.SpkiSha256.Span), StringComparer.Ordinal);
    }

    public RegistrySnapshot Snapshot { get; }

    public long Version { get; }

    public byte[] Digest { get; }

    public DateTimeOffset RecordedTime { get; }

    /// <summary>The catalogue version string recorded in events ("registry:&lt;version&gt;").</summary>
    public string CatalogueVersion => $"registry:{Version}";

    public Agency? Agency(string id) => agencies.GetValueOrDefault(id);

    public Procedure? Procedure(string code) => procedures.GetValueOrDefault(code);

    public Member? Member(string id) => members.GetValueOrDefault(id);

    /// <summary>The member whose key pin (SHA-256 of a SubjectPublicKeyInfo) is valid on a local date; the validator keeps pins unique.</summary>
    public Member? MemberByPin(ReadOnlySpan<byte> spkiSha256, DateOnly date)
        => pins[Convert.ToHexString(spkiSha256)].Where(x => Civil.Contains(x.Pin.Validity, date)).Select(x => x.Member).FirstOrDefault();

    /// <summary>Whether some member acts for the agency (routed events to it are delivered).</summary>
    public bool IsServed(string agencyId) => servedAgencies.Contains(agencyId);

    /// <summary>The working time of an agency: its calendar and office hours, with its cut-off.</summary>
    public WorkingTimeCalculator WorkingTime(string agencyId)
        => workingTimes.GetOrAdd(agencyId, id =>
        {
            var hours = Agency(id)?.WorkingHours;
            var calendar = EmbeddedCalendars.Load(string.IsNullOrEmpty(hours?.CalendarId) ? EmbeddedCalendars.VietnamCivilServiceId : hours.CalendarId);
            var intervals = hours is { OfficeHours.Count: > 0 }
                ? hours.OfficeHours.Select(r => new OfficeInterval(ToTime(r.Start.MinuteOfDay), ToTime(r.End.MinuteOfDay)))
                : OfficeHours.Default.Intervals;
            var cutOff = hours?.CutOff is { } c ? ToTime(c.MinuteOfDay) : (TimeOnly?)null;
            return new WorkingTimeCalculator(calendar, new OfficeHours(intervals, cutOff));
        });

    /// <summary>The procedure version in force on a local date, or the one named.</summary>
    public static ProcedureVersion? VersionOf(Procedure procedure, DateOnly date, string? named)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (!string.IsNullOrEmpty(named))
        {
            return procedure.Versions.FirstOrDefault(v => v.Version == named);
        }

        return procedure.Versions.LastOrDefault(v => Civil.Contains(v.Validity, date));
    }

    private static TimeOnly ToTime(int minuteOfDay) => minuteOfDay >= 24 * 60 ? TimeOnly.MaxValue : new TimeOnly(minuteOfDay / 60, minuteOfDay % 60);
}
