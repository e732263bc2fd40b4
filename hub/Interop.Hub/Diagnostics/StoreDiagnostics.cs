using Interop.Hub.WritePath;
using Interop.Store;

namespace Interop.Hub.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/store</c> answers the store's commit counters as JSON,
/// <c>{"appends":N,"commits":N,"probeCommits":N,"otherCommits":N,"codeNumberWaits":N,"writerStatementsMs":N,"writerCommitsMs":N}</c>, on the hub's own port (HTTP/2
/// only: <c>curl --http2-prior-knowledge</c> in development). Commits are the durable disk syncs of the
/// write path (appends and code reservations), so the difference of two readings tells how many appends
/// shared one sync (group commit, DESIGN.md §4); syncs of health probes alone and of other writes alone
/// (inbox marks, refusals, registry versions) are counted apart; codeNumberWaits counts receives that
/// had to wait for a national-code reservation of their own; the writer's milliseconds in statements and in
/// commits say how much of one core its serial work takes (the ceiling of the write path). The same counters are the metrics
/// <c>interop.hub.store.appends</c>, <c>.commits</c>, <c>.probe_commits</c>, <c>.other_commits</c> and <c>interop.hub.code_numbers.waits</c>.
/// Nothing personal and nothing per member, so it is served like a metrics scrape, without a member credential.
/// </summary>
internal static class StoreDiagnostics
{
    public const string Path = "/diagnostics/store";

    public static IEndpointRouteBuilder MapStoreDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IStoreEngine store, CodeNumbers codes) => TypedResults.Ok(StoreCountersReading.Of(store.Counters, codes)));
        return endpoints;
    }
}
