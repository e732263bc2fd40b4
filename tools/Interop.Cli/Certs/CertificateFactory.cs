using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Interop.Cli.Certs;

/// <summary>
/// Creates the certificates of a development or small-province CA: ECDSA P-256 with SHA-256 (small
/// keys, fast handshakes, the curve of the hub's receipt key, understood by every TLS stack members
/// use). Each result carries its private key.
/// </summary>
internal static class CertificateFactory
{
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    public const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    /// <summary>Clock skew between the issuing machine and the hub, tolerated at the start of validity.</summary>
    private static readonly TimeSpan Backdate = TimeSpan.FromMinutes(5);

    /// <summary>A self-signed root that may sign end-entity certificates only (path length 0).</summary>
    public static X509Certificate2 CreateRoot(string name, int days, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(name);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request.CreateSelfSigned(now - Backdate, now.AddDays(days));
    }

    /// <summary>The hub's TLS server certificate, for the names and addresses members dial.</summary>
    public static X509Certificate2 IssueServer(X509Certificate2 ca, IReadOnlyList<string> dnsNames, IReadOnlyList<IPAddress> addresses, int days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dnsNames);
        ArgumentNullException.ThrowIfNull(addresses);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var dns in dnsNames)
        {
            names.AddDnsName(dns);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        var commonName = dnsNames.Count > 0 ? dnsNames[0] : addresses.Count > 0 ? addresses[0].ToString() : "interop hub";
        return Issue(ca, commonName, ServerAuth, names.Build(critical: false), days, now);
    }

    /// <summary>A member system's client certificate; its subject names the member, its key is what the registry pins.</summary>
    public static X509Certificate2 IssueClient(X509Certificate2 ca, string memberId, int days, DateTimeOffset now)
        => Issue(ca, memberId, ClientAuth, null, days, now);

    private static X509Certificate2 Issue(X509Certificate2 ca, string commonName, string usage, X509Extension? alternativeNames, int days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ca);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        if (alternativeNames is not null)
        {
            request.CertificateExtensions.Add(alternativeNames);
        }

        // An issued certificate may not outlive its issuer, nor start before it.
        var caStart = new DateTimeOffset(ca.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var caEnd = new DateTimeOffset(ca.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var notBefore = now - Backdate < caStart ? caStart : now - Backdate;
        var notAfter = now.AddDays(days) > caEnd ? caEnd : now.AddDays(days);
        if (notAfter <= notBefore)
        {
            throw new CommandFailedException($"the CA expired on {caEnd:yyyy-MM-dd}");
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        using var issued = request.Create(ca, notBefore, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }
}
