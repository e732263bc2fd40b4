using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Transport;

/// <summary>
/// Decides at the TLS handshake whether a client certificate may connect: it chains to Hub:Tls:ClientCa
/// and to nothing else (custom root trust, never the machine's store), is valid now and is meant for
/// client authentication. Which member it is, if any, is decided per call from the registry's pins.
/// </summary>
internal sealed class ClientCertificateTrust : IDisposable
{
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    private readonly X509Certificate2? clientCa;
    private readonly TimeProvider time;

    public ClientCertificateTrust(IOptions<HubOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time;
        var tls = options.Value.Tls;
        if (tls.IsConfigured)
        {
            try
            {
                clientCa = X509Certificate2.CreateFromPem(File.ReadAllText(tls.ClientCa!));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or CryptographicException)
            {
                throw new InvalidOperationException($"Hub:Tls:ClientCa {tls.ClientCa} is not a readable PEM certificate: {error.Message}", error);
            }
        }
    }

    /// <summary>Why the certificate is refused, or null when it is trusted.</summary>
    public string? Refusal(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (clientCa is null)
        {
            return "no client CA is configured";
        }

        if (certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is not { } usage
            || !usage.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == ClientAuth))
        {
            return "not a client-authentication certificate";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(clientCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(ClientAuth));
        chain.ChainPolicy.VerificationTime = time.GetUtcNow().UtcDateTime;
        if (!chain.Build(certificate))
        {
            return string.Join(", ", chain.ChainStatus.Select(s => s.Status));
        }

        return chain.ChainElements[^1].Certificate.RawDataMemory.Span.SequenceEqual(clientCa.RawDataMemory.Span) ? null : "not issued by the client CA";
    }

    public void Dispose() => clientCa?.Dispose();
}
