using System.Net;
using System.Text.Json;

namespace Interop.Hub.Tests.Durability;

/// <summary>Reads the hub's GET /diagnostics/store over its HTTP/2-only port (h2c with prior knowledge).</summary>
internal static class StoreCountersProbe
{
    public static async Task<(long Appends, long Commits)> ReadAsync(Uri hub)
    {
        using var http = new HttpClient
        {
            BaseAddress = hub,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/diagnostics/store", UriKind.Relative)));
        return (json.RootElement.GetProperty("appends").GetInt64(), json.RootElement.GetProperty("commits").GetInt64());
    }
}
