namespace Interop.Hub.Transport;

/// <summary>
/// Mutual TLS (configuration section "Hub:Tls"): the hub's server certificate and the CA whose
/// certificates members connect with. All three paths or none.
/// </summary>
public sealed class TlsOptions
{
    /// <summary>The hub's server certificate (PEM); it may be followed by its chain.</summary>
    public string? Certificate { get; set; }

    /// <summary>The server certificate's private key (PEM, PKCS#8 or SEC1).</summary>
    public string? Key { get; set; }

    /// <summary>The CA (PEM) that issues member certificates; the only root a client certificate may chain to.</summary>
    public string? ClientCa { get; set; }

    /// <summary>Whether mutual TLS is configured (throws when only some of the paths are).</summary>
    public bool IsConfigured
    {
        get
        {
            var given = new[] { Certificate, Key, ClientCa }.Count(p => !string.IsNullOrWhiteSpace(p));
            return given switch
            {
                0 => false,
                3 => true,
                _ => throw new InvalidOperationException("Hub:Tls needs all of Certificate, Key and ClientCa, or none of them"),
            };
        }
    }
}
