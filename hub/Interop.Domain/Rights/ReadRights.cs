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
}
