using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Rights;

/// <summary>Who may read a dossier: auditors, and members acting for an agency that holds, held, received, returns, is competent for, is offered or is consulted on it.</summary>
public static class ReadRights
{
    /// <summary>Whether the caller may read the dossier.</summary>
    public static bool CanRead(Caller caller, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(dossier);
        return caller.IsAuditor || AgenciesOf(dossier).Any(caller.ActsFor);
    }

    /// <summary>Every agency with a reading right on the dossier.</summary>
    public static IEnumerable<string> AgenciesOf(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var custody = dossier.Custody;
        if (custody is null)
        {
            yield break;
        }

        foreach (var agency in new[] { custody.ReceivingAgency, custody.HolderAgency, custody.CompetentAgency, custody.ReturnAgency }
            .Concat(custody.PastHolders)
            .Concat(custody.Handovers.Where(h => h.Status == HandoverStatus.Offered).Select(h => h.ToAgency))
            .Concat(custody.Consultations.Select(c => c.ConsultedAgency)))
        {
            if (!string.IsNullOrEmpty(agency?.AgencyId))
            {
                yield return agency.AgencyId;
            }
        }
    }

    /// <summary>Whether the caller may read what concerns an agency (its dossier lists, its statistics): auditors, and members acting for it.</summary>
    public static bool CanReadAgency(Caller caller, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuditor || caller.ActsFor(agencyId);
    }

    /// <summary>Whether the caller may subscribe to an agency's inbox: members acting for it; auditors read through AuditService instead.</summary>
    public static bool CanSubscribe(Caller caller, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return !caller.IsAuditor && caller.ActsFor(agencyId);
    }

    /// <summary>Whether the caller may read what concerns a member (its key pins, its refusals): auditors, and the member itself.</summary>
    public static bool CanReadMember(Caller caller, string memberId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuditor || caller.MemberId == memberId;
    }

    /// <summary>
    /// Whether the caller reads every dossier (auditors): only to such a caller may an absent dossier be
    /// NOT_FOUND, and only such a caller lists without naming an agency; any other caller gets
    /// PERMISSION_DENIED whether or not the dossier exists (AIP-211).
    /// </summary>
    public static bool ReadsEverything(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuditor;
    }
}
