using Interop.Protos.Registry.V1;

namespace Interop.Domain.Rights;

/// <summary>The registered member behind a call, as the registry in force describes it.</summary>
/// <param name="Member">The member's registry entry.</param>
public sealed record Caller(Member Member)
{
    /// <summary>The member's id.</summary>
    public string MemberId => Member.Id;

    /// <summary>Auditors read everything and write nothing.</summary>
    public bool IsAuditor => Member.Role == MemberRole.Auditor;

    /// <summary>An online public-service portal, which may file dossiers for a desk.</summary>
    public bool IsOnlinePortal => Member.Role == MemberRole.OnlinePortal;

    /// <summary>Whether the member may act for (or read as) an agency.</summary>
    public bool ActsFor(string agencyId) => Member.AgencyIds.Contains(agencyId);
}
