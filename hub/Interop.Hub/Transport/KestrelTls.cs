using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Transport;

/// <summary>
/// With Hub:Tls configured, every https address of <c>--urls</c> serves the hub's certificate and asks
/// for a client certificate at the handshake (HTTP/2 forbids renegotiation): one that
/// <see cref="ClientCertificateTrust"/> refuses fails the handshake. A connection without any client
/// certificate is accepted, because the citizen look-up and health checking need no member credential;
/// every member call on it is then refused per call (UNAUTHENTICATED CREDENTIAL_MISSING).
/// </summary>
internal sealed class KestrelTls(IOptions<HubOptions> options, ClientCertificateTrust trust, HubMetrics metrics, ILogger<KestrelTls> logger) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        var tls = options.Value.Tls;
        if (!tls.IsConfigured)
        {
            return;
        }

        var certificate = LoadServerCertificate(tls.Certificate!, tls.Key!);
        kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ServerCertificate = certificate;
            https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
            https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
            https.CheckCertificateRevocation = false;
            https.ClientCertificateValidation = (client, _, _) =>
            {
                if (trust.Refusal(client) is not { } refusal)
                {
                    return true;
                }

                HubLog.ClientCertificateRefused(logger, refusal);
                metrics.HandshakeRefused();
                return false;
            };
        });
    }

    private static X509Certificate2 LoadServerCertificate(string certificatePath, string keyPath)
    {
        try
        {
            using var pem = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);

            // A PEM key is ephemeral; SslStream on Windows needs a persisted one, and the round trip costs nothing elsewhere.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"Hub:Tls:Certificate {certificatePath} with Hub:Tls:Key {keyPath} is not a readable PEM certificate and key: {error.Message}", error);
        }
    }
}
