using System.Collections.Frozen;
using Grpc.Core;
using Interop.Protos.Dossier.V1;
using Interop.Store;
using WireRoutingRole = Interop.Protos.Inbox.V1.RoutingRole;

namespace Interop.Hub.Storage;

/// <summary>
/// The one place where the standard's values become the store's and back. The store keeps its own
/// enums and numbers so that it needs no protos; the tables below say which is which by name.
/// </summary>
internal static class StoreValues
{
    private static readonly (WireRoutingRole Wire, RoutingRole Store)[] RoutingRoles =
    [
        (WireRoutingRole.Holder, RoutingRole.Holder),
        (WireRoutingRole.OfferedTo, RoutingRole.OfferedTo),
        (WireRoutingRole.PreviousHolder, RoutingRole.PreviousHolder),
        (WireRoutingRole.ReceivingDesk, RoutingRole.ReceivingDesk),
        (WireRoutingRole.ReturnDesk, RoutingRole.ReturnDesk),
        (WireRoutingRole.Competent, RoutingRole.Competent),
        (WireRoutingRole.Consulted, RoutingRole.Consulted),
    ];

    private static readonly FrozenDictionary<WireRoutingRole, RoutingRole> RoutingToStore = RoutingRoles.ToFrozenDictionary(r => r.Wire, r => r.Store);
    private static readonly FrozenDictionary<RoutingRole, WireRoutingRole> RoutingToWire = RoutingRoles.ToFrozenDictionary(r => r.Store, r => r.Wire);

    /// <summary>A list role of ListDossiers or of the list index.</summary>
    public static ListRole ToStore(DossierRole role) => role switch
    {
        DossierRole.Unspecified => ListRole.Any,
        DossierRole.Holder => ListRole.Holder,
        DossierRole.Receiving => ListRole.Receiving,
        DossierRole.Competent => ListRole.Competent,
        DossierRole.EverHeld => ListRole.EverHeld,

        // A number this hub does not know (a newer client) matches no stored row: the list is empty.
        _ => (ListRole)(int)role,
    };

    /// <summary>A routing role the domain's router gave; Unspecified never comes from it.</summary>
    public static RoutingRole ToStore(WireRoutingRole role) => RoutingToStore.TryGetValue(role, out var stored)
        ? stored
        : throw new ArgumentOutOfRangeException(nameof(role), role, "the router gave a routing role the store does not keep");

    public static WireRoutingRole ToWire(RoutingRole role) => RoutingToWire.TryGetValue(role, out var wire)
        ? wire
        : throw new ArgumentOutOfRangeException(nameof(role), role, "the store holds a routing role the standard does not have");

    public static EventTypeCode ToStore(EventType type) => new((int)type);

    public static DossierStatusCode ToStore(DossierStatus status) => new((int)status);

    public static RefusalStatusCode ToStore(StatusCode code) => new((int)code);

    /// <summary>The gRPC status number of RefusalRecord.status_code.</summary>
    public static int ToWire(RefusalStatusCode code) => code.Value;
}
