using Interop.Domain.Identifiers;
using Interop.Domain.Time;
using Interop.Domain.Units;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Registry;

/// <summary>
/// Checks a registry before it is recorded: e-ID and TTHC formats, unit codes against their list
/// edition and level, calendars that exist, and references between agencies, procedures and members.
/// </summary>
public static class RegistryValidator
{
    public static IReadOnlyList<string> Problems(RegistrySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var problems = new List<string>();
        var agencyIds = snapshot.Agencies.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var memberIds = snapshot.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        Duplicates(snapshot.Agencies.Select(a => a.Id), "agency", problems);
        Duplicates(snapshot.Procedures.Select(p => p.Code), "procedure", problems);
        Duplicates(snapshot.Members.Select(m => m.Id), "member", problems);

        foreach (var agency in snapshot.Agencies)
        {
            Check(AgencyId.Parse(agency.Id).Error, $"agency {agency.Id}: e-ID", problems);
            CheckUnit(agency.Unit, $"agency {agency.Id}: unit", problems);
            Require(agency.ParentAgencyId.Length == 0 || agencyIds.Contains(agency.ParentAgencyId), $"agency {agency.Id}: parent {agency.ParentAgencyId} is not registered", problems);
            Require(agency.CodeIssuer != CodeIssuer.Unspecified, $"agency {agency.Id}: code_issuer is not set", problems);
            Require(agency.CodeIssuer != CodeIssuer.Member || memberIds.Contains(agency.CodeIssuerMemberId), $"agency {agency.Id}: code issuer member {agency.CodeIssuerMemberId} is not registered", problems);
            CheckCalendar(agency, problems);
        }

        foreach (var procedure in snapshot.Procedures)
        {
            Check(ProcedureCode.Parse(procedure.Code).Error, $"procedure {procedure.Code}: TTHC code", problems);
            Require(procedure.Versions.Count > 0, $"procedure {procedure.Code}: no version", problems);
            foreach (var version in procedure.Versions)
            {
                Require(version.CompetentAgencyIds.Count > 0, $"procedure {procedure.Code} {version.Version}: no competent agency", problems);
                problems.AddRange(version.CompetentAgencyIds.Where(id => !agencyIds.Contains(id)).Select(id => $"procedure {procedure.Code}: competent agency {id} is not registered"));
                foreach (var @case in version.Cases)
                {
                    Require(@case.Limits.Count > 0, $"procedure {procedure.Code} case {@case.Code}: no limit", problems);
                    problems.AddRange(@case.Limits.Where(l => l.Limit is null || l.Limit.Amount == 0 || l.Limit.Unit == Protos.Type.V1.LimitUnit.Unspecified).Select(l => $"procedure {procedure.Code} case {@case.Code}: limit for {l.Channel} is incomplete"));
                    problems.AddRange(@case.Route.Where(s => s.AgencyRole == StepAgencyRole.Named && !agencyIds.Contains(s.AgencyId)).Select(s => $"procedure {procedure.Code} case {@case.Code}: route agency {s.AgencyId} is not registered"));
                }
            }
        }

        foreach (var member in snapshot.Members)
        {
            Require(member.Role != MemberRole.Unspecified, $"member {member.Id}: role is not set", problems);
            problems.AddRange(member.AgencyIds.Where(id => !agencyIds.Contains(id)).Select(id => $"member {member.Id}: agency {id} is not registered"));
            problems.AddRange(member.KeyPins.Where(p => p.SpkiSha256.Length != 32).Select(p => $"member {member.Id}: key pin '{p.Label}' is not a SHA-256 digest (32 bytes)"));
        }

        // A key pinned twice would make the certificate's member ambiguous.
        Duplicates(snapshot.Members.SelectMany(m => m.KeyPins.Select(p => Convert.ToBase64String(p.SpkiSha256.Span))), "key pin", problems);

        return problems;
    }

    private static void CheckUnit(UnitRef? unit, string what, List<string> problems)
    {
        if (unit is null || unit.Code.Length == 0)
        {
            problems.Add($"{what} is not set");
            return;
        }

        var edition = unit.Edition switch
        {
            Protos.Type.V1.UnitListEdition.List2004 => Domain.Units.UnitListEdition.List2004,
            Protos.Type.V1.UnitListEdition.List2025 => Domain.Units.UnitListEdition.List2025,
            _ => (Domain.Units.UnitListEdition?)null,
        };
        if (edition is null)
        {
            problems.Add($"{what} {unit.Code} has no list edition");
            return;
        }

        var found = AdministrativeUnits.Shipped.Find(unit.Code, edition.Value);
        Require(found is not null, $"{what} {unit.Code} is not in the {edition} list", problems);
        Require(found is null || (int)found.Level == (int)unit.Level, $"{what} {unit.Code} is not a {unit.Level} of the {edition} list", problems);
    }

    private static void CheckCalendar(Agency agency, List<string> problems)
    {
        var id = agency.WorkingHours?.CalendarId;
        try
        {
            EmbeddedCalendars.Load(string.IsNullOrEmpty(id) ? EmbeddedCalendars.VietnamCivilServiceId : id);
        }
        catch (ArgumentException)
        {
            problems.Add($"agency {agency.Id}: calendar {id} is unknown");
        }
    }

    private static void Duplicates(IEnumerable<string> ids, string kind, List<string> problems)
        => problems.AddRange(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{kind} {g.Key} is listed twice"));

    private static void Check(IdentifierError? error, string what, List<string> problems)
    {
        if (error is not null)
        {
            problems.Add($"{what}: {error.Code} {error.Message}");
        }
    }

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
