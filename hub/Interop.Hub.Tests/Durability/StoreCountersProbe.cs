using System.Net;
using System.Text.Json;

namespace Interop.Hub.Tests.Durability;

/// <summary>Reads the hub's GET /diagnostics/store over its HTTP/2-only port (h2c with prior knowledge).</summary>
internal static class StoreCountersProbe
{
    public static async Task<(long Appends, long Commits, long CodeNumberWaits)> ReadAsync(Uri hub)
    {
        using var http = new HttpClient
        {
            BaseAddress = hub,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/diagnostics/store", UriKind.Relative)));
        var root = json.RootElement;
        return (root.GetProperty("appends").GetInt64(), root.GetProperty("commits").GetInt64(), root.GetProperty("codeNumberWaits").GetInt64());
    }
}
