using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>
/// Agency names as the dossier's events carry them. A reference without a name (an actor's agency often has
/// none) takes the latest name another event gave the same id.
/// </summary>
internal sealed class AgencyNames
{
    private readonly Dictionary<string, string> latest = new(StringComparer.Ordinal);

    public static AgencyNames From(IEnumerable<EventBody> events)
    {
        var names = new AgencyNames();
        foreach (var e in events)
        {
            foreach (var agency in ReferencesIn(e))
            {
                names.Learn(agency);
            }
        }
        return names;
    }

    /// <summary>A copy of the reference with its name filled in; null when there is no agency.</summary>
    public AgencyRef? Named(AgencyRef? agency)
    {
        if (agency is null || agency.AgencyId.Length == 0)
        {
            return null;
        }
        var name = agency.Name.Length > 0 ? agency.Name : latest.GetValueOrDefault(agency.AgencyId, "");
        return new AgencyRef { AgencyId = agency.AgencyId, Name = name };
    }

    private void Learn(AgencyRef? agency)
    {
        if (agency is { AgencyId.Length: > 0, Name.Length: > 0 })
        {
            latest[agency.AgencyId] = agency.Name;
        }
    }

    private static IEnumerable<AgencyRef?> ReferencesIn(EventBody e)
    {
        yield return e.Actor?.Agency;
        switch (e.PayloadCase)
        {
            case EventBody.PayloadOneofCase.Filed:
                yield return e.Filed.ReceivingAgency;
                break;
            case EventBody.PayloadOneofCase.Received:
                yield return e.Received.ReceivingAgency;
                yield return e.Received.CompetentAgency;
                yield return e.Received.ReturnAgency;
                foreach (var step in e.Received.Route)
                {
                    yield return step.Agency;
                }
                break;
            case EventBody.PayloadOneofCase.HandoverOffered:
                yield return e.HandoverOffered.ToAgency;
                break;
            case EventBody.PayloadOneofCase.ConsultationRequested:
                yield return e.ConsultationRequested.ConsultedAgency;
                break;
            case EventBody.PayloadOneofCase.AppointmentRescheduled:
                yield return e.AppointmentRescheduled.CausingAgency;
                break;
        }
    }
}
