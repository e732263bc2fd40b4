using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Routing;

/// <summary>Resolves the routing table's roles to the agencies of one event.</summary>
public static class Router
{
    /// <summary>The agencies an event reaches, each once with all its roles, in order of first role.</summary>
    /// <param name="before">The dossier's state before the event (null for its first event).</param>
    /// <param name="after">The state after it.</param>
    /// <param name="body">The event.</param>
    public static IReadOnlyList<RoutedAgency> Recipients(Dossier? before, Dossier after, EventBody body)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(body);
        var type = EventTypes.Of(body.PayloadCase);
        var byAgency = new Dictionary<string, List<RoutingRole>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var role in RoutingTable.Rows[type])
        {
            foreach (var agency in AgenciesIn(role, before, after, body))
            {
                if (string.IsNullOrEmpty(agency?.AgencyId))
                {
                    continue;
                }

                if (!byAgency.TryGetValue(agency.AgencyId, out var roles))
                {
                    byAgency[agency.AgencyId] = roles = [];
                    order.Add(agency.AgencyId);
                }

                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }
            }
        }

        return order.Select(id => new RoutedAgency(id, [.. byAgency[id]])).ToList();
    }

    private static IEnumerable<AgencyRef?> AgenciesIn(RoutingRole role, Dossier? before, Dossier after, EventBody body) => role switch
    {
        RoutingRole.Holder => [after.Custody?.HolderAgency],
        RoutingRole.ReceivingDesk => [after.Custody?.ReceivingAgency],
        RoutingRole.ReturnDesk => [after.Custody?.ReturnAgency ?? after.Custody?.ReceivingAgency],
        RoutingRole.Competent => [after.Custody?.CompetentAgency],
        RoutingRole.PreviousHolder => before?.Custody?.HolderAgency?.AgencyId != after.Custody?.HolderAgency?.AgencyId
            ? [before?.Custody?.HolderAgency]
            : [],
        RoutingRole.OfferedTo => [OfferConcerned(before, after, body)?.ToAgency],
        RoutingRole.Consulted => ConsultedBy(before, after, body),
        _ => [],
    };

    private static Handover? OfferConcerned(Dossier? before, Dossier after, EventBody body) => body.PayloadCase switch
    {
        EventBody.PayloadOneofCase.HandoverOffered => after.Custody.Handovers.LastOrDefault(),
        EventBody.PayloadOneofCase.HandoverReturned => after.Custody.Handovers.LastOrDefault(h => h.Id == body.HandoverReturned.HandoverId),
        EventBody.PayloadOneofCase.HandoverRecalled => after.Custody.Handovers.LastOrDefault(h => h.Id == body.HandoverRecalled.HandoverId),
        _ => before is null ? null : ActorRoles.PendingOffer(before),
    };

    private static IEnumerable<AgencyRef?> ConsultedBy(Dossier? before, Dossier after, EventBody body) => body.PayloadCase switch
    {
        EventBody.PayloadOneofCase.ConsultationRequested => [body.ConsultationRequested.ConsultedAgency],
        EventBody.PayloadOneofCase.ConsultationAnswered => after.Custody.Consultations.Where(c => c.Id == body.ConsultationAnswered.ConsultationId).Select(c => c.ConsultedAgency),
        _ => before?.Custody?.Consultations.Where(c => c.Status == ConsultationStatus.Requested).Select(c => c.ConsultedAgency) ?? [],
    };
}
