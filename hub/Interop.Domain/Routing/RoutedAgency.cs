using System.Collections.Immutable;
using Interop.Protos.Inbox.V1;

namespace Interop.Domain.Routing;

/// <summary>An agency an event is routed to, and why.</summary>
/// <param name="AgencyId">The agency's e-ID.</param>
/// <param name="Roles">Its roles for this event, in the table's order.</param>
public sealed record RoutedAgency(string AgencyId, ImmutableArray<RoutingRole> Roles);
