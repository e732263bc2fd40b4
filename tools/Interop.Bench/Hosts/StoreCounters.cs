using System.Net;
using System.Net.Http.Json;

namespace Interop.Bench.Hosts;

/// <summary>The hub's <c>GET /diagnostics/store</c> (HTTP/2 without TLS): appends and the durable syncs that carried them.</summary>
internal sealed record StoreCounters(long Appends, long Commits)
{
    private static readonly HttpClient Client = new() { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

    public static async Task<StoreCounters> ReadAsync(Uri hub)
        => await Client.GetFromJsonAsync<StoreCounters>(new Uri(hub, "/diagnostics/store"), Load.Report.ResultJson.Options)
           ?? throw new InvalidOperationException("the hub answered no store counters");

    public static StoreCounters operator -(StoreCounters after, StoreCounters before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        return new StoreCounters(after.Appends - before.Appends, after.Commits - before.Commits);
    }

    public double AppendsPerSync => Commits > 0 ? Appends / (double)Commits : 0;
}
