using System.Collections.Immutable;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using static Interop.Protos.Inbox.V1.RoutingRole;

namespace Interop.Domain.Routing;

/// <summary>
/// The routing table of the standard (STANDARD.md INBOX-1), as data: which agency roles receive
/// each event type in their inbox.
/// </summary>
public static class RoutingTable
{
    /// <summary>The roles each event type is routed to.</summary>
    public static readonly ImmutableDictionary<EventType, ImmutableArray<RoutingRole>> Rows = new Dictionary<EventType, ImmutableArray<RoutingRole>>
    {
        [EventType.Filed] = [Holder, ReceivingDesk],
        [EventType.Received] = [Holder, ReceivingDesk, ReturnDesk, Competent],
        [EventType.Refused] = [Holder, ReceivingDesk],
        [EventType.SupplementRequested] = [Holder, ReceivingDesk, Competent],
        [EventType.Supplemented] = [Holder, ReceivingDesk, Competent],
        [EventType.SupplementExpired] = [Holder, ReceivingDesk, Competent],
        [EventType.FeeRequested] = [Holder, ReceivingDesk, Competent],
        [EventType.FeePaid] = [Holder, ReceivingDesk, Competent],
        [EventType.HandoverOffered] = [Holder, OfferedTo, ReceivingDesk],
        [EventType.HandoverAccepted] = [Holder, PreviousHolder, ReceivingDesk],
        [EventType.HandoverReturned] = [Holder, OfferedTo],
        [EventType.HandoverRecalled] = [Holder, OfferedTo],
        [EventType.ConsultationRequested] = [Holder, Consulted],
        [EventType.ConsultationAnswered] = [Holder, Consulted],
        [EventType.Suspended] = [Holder, ReceivingDesk, Competent],
        [EventType.Resumed] = [Holder, ReceivingDesk, Competent],
        [EventType.Withdrawn] = [Holder, OfferedTo, ReceivingDesk, Competent, Consulted],
        [EventType.Resolved] = [Holder, ReceivingDesk, ReturnDesk, Competent],
        [EventType.ResultRecalled] = [Holder, ReceivingDesk, ReturnDesk, Competent],
        [EventType.ResultReturned] = [Holder, ReceivingDesk, ReturnDesk, Competent],
        [EventType.AppointmentRescheduled] = [Holder, ReceivingDesk, ReturnDesk, Competent],
        [EventType.Amended] = [Holder, ReceivingDesk, Competent],
        [EventType.Note] = [Holder],
    }.ToImmutableDictionary();
}
