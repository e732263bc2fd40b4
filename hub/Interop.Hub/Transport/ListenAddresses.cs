namespace Interop.Hub.Transport;

/// <summary>
/// Which addresses of <c>--urls</c> the hub accepts: with Hub:Tls, https ones, and http only on
/// loopback (a local health probe or grpcurl: no client certificate there, so member calls are
/// UNAUTHENTICATED unless development tokens are on); without it, no https (Kestrel would reach for a
/// developer certificate).
/// </summary>
internal static class ListenAddresses
{
    public static void Check(TlsOptions tls, string urls)
    {
        ArgumentNullException.ThrowIfNull(tls);
        ArgumentNullException.ThrowIfNull(urls);
        var configured = tls.IsConfigured;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var https = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            if (https && !configured)
            {
                throw new InvalidOperationException($"{url}: https needs Hub:Tls:Certificate, Hub:Tls:Key and Hub:Tls:ClientCa");
            }

            if (!https && configured && !IsLoopback(url))
            {
                throw new InvalidOperationException($"{url}: with Hub:Tls configured, plain http is allowed on loopback only; use https://");
            }
        }
    }

    public static bool IsLoopback(string url)
    {
        var host = new Uri(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal)).Host.Trim('[', ']');
        return host == "localhost" || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
    }
}
