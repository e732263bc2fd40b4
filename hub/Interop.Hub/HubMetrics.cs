using System.Diagnostics.Metrics;
using Interop.Hub.WritePath;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub;

/// <summary>The hub's metrics (meter "Interop.Hub"): refusals by reason, malformed requests, refused TLS handshakes, appends and durable commits of the store by what they carried.</summary>
internal sealed class HubMetrics : IDisposable
{
    public const string MeterName = "Interop.Hub";

    private readonly Meter meter;
    private readonly Counter<long> refusals;
    private readonly Counter<long> malformed;
    private readonly Counter<long> handshakesRefused;

    public HubMetrics(IMeterFactory meters, IStoreEngine store, CodeNumbers codes)
    {
        meter = meters.Create(MeterName);
        refusals = meter.CreateCounter<long>("interop.hub.refusals", description: "Calls refused, by reason");
        malformed = meter.CreateCounter<long>("interop.hub.requests.malformed", description: "Requests refused before parsing: too large or unparseable");
        handshakesRefused = meter.CreateCounter<long>("interop.hub.tls.handshakes_refused", description: "TLS handshakes refused: a client certificate the member CA does not vouch for");
        meter.CreateObservableCounter("interop.hub.store.appends", () => store.Counters.Appends, description: "Appends committed");
        meter.CreateObservableCounter("interop.hub.store.commits", () => store.Counters.Commits, description: "Durable commits (disk syncs) carrying appends or code reservations");
        meter.CreateObservableCounter("interop.hub.store.probe_commits", () => store.Counters.ProbeCommits, description: "Durable commits of health probes alone");
        meter.CreateObservableCounter("interop.hub.code_numbers.waits", () => codes.Waits, description: "Receives that waited for a national-code reservation of their own");
        meter.CreateObservableCounter("interop.hub.store.other_commits", () => store.Counters.OtherCommits, description: "Durable commits of other writes: inbox marks, refusals, registry versions");
    }

    public void Refusal(ErrorReason reason) => refusals.Add(1, new KeyValuePair<string, object?>("reason", reason.ToString()));

    public void Malformed(string kind) => malformed.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void HandshakeRefused() => handshakesRefused.Add(1);

    public void Dispose() => meter.Dispose();
}
