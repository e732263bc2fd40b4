using Interop.Store;

namespace Interop.Hub.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/store</c> answers the store's write-path counters as JSON,
/// <c>{"appends":N,"commits":N}</c>, on the hub's own port (HTTP/2 only: <c>curl --http2-prior-knowledge</c>
/// in development). Commits are durable disk syncs, reservations and health probes included, so the
/// difference of two readings tells how many appends shared one sync (group commit, DESIGN.md §4).
/// The same counters are the metrics <c>interop.hub.store.appends</c> and <c>interop.hub.store.commits</c>.
/// Nothing personal and nothing per member, so it is served like a metrics scrape, without a member credential.
/// </summary>
internal static class StoreDiagnostics
{
    public const string Path = "/diagnostics/store";

    public static IEndpointRouteBuilder MapStoreDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IStoreEngine store) => TypedResults.Ok(new StoreCountersReading(store.Counters.Appends, store.Counters.Commits)));
        return endpoints;
    }
}
