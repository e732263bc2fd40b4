using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Grpc.Core;
using Interop.Domain.Rights;
using Interop.Domain.Time;
using Interop.Hub.Errors;
using Interop.Hub.Registry;
using Interop.Protos.Error.V1;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Identity;

/// <summary>
/// Authenticates every call afresh against the registry in force, so that a removed pin or member
/// takes effect on the next call, even on an open connection. Production: the connection's client
/// certificate (already chained to Hub:Tls:ClientCa at the handshake), whose SubjectPublicKeyInfo
/// SHA-256 must be pinned for a member and valid today. Development: a bearer token from
/// configuration, looked at only while development tokens are on (which keeps the hub on loopback);
/// it then takes precedence over a certificate. Tokens are compared by their SHA-256, so a lookup does
/// not leak a token's prefix through timing.
/// </summary>
internal sealed class CallerAuthenticator
{
    private readonly Dictionary<string, string> memberByTokenDigest;
    private readonly RegistryHolder registry;
    private readonly TimeProvider time;

    public CallerAuthenticator(IOptions<HubOptions> options, RegistryHolder registry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.registry = registry;
        this.time = time;
        memberByTokenDigest = DevelopmentTokens.Active(options.Value).ToDictionary(t => Digest(t.Key), t => t.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Authenticates a call and makes it the call's caller; called before every member call, and again at
    /// each heartbeat of a long call (an inbox stream), so that a removed pin or member ends it as it would
    /// refuse the next unary call (STANDARD.md RIGHTS-7).
    /// </summary>
    public Caller AuthenticateCall(ServerCallContext context)
    {
        var caller = Authenticate(context);
        AuthenticatedCaller.Set(context, caller);
        return caller;
    }

    private Caller Authenticate(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.RequestHeaders.GetValue("authorization");
        if (memberByTokenDigest.Count > 0 && !string.IsNullOrEmpty(header))
        {
            return ByToken(header);
        }

        if (context.GetHttpContext().Connection.ClientCertificate is { } certificate)
        {
            return ByCertificate(certificate);
        }

        throw Fail.Unauthenticated(
            ErrorReason.CredentialMissing,
            memberByTokenDigest.Count > 0 ? "no credential: send 'authorization: Bearer <token>'" : "no credential: connect with a client certificate (mutual TLS)");
    }

    private Caller ByToken(string header)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || !memberByTokenDigest.TryGetValue(Digest(header[scheme.Length..].Trim()), out var memberId)
            || registry.Current.Member(memberId) is not { } member)
        {
            throw Fail.Unauthenticated(ErrorReason.CredentialInvalid, "the credential is not valid");
        }

        return new Caller(member);
    }

    private Caller ByCertificate(X509Certificate2 certificate)
    {
        // The handshake checked validity when the connection opened; a long-lived connection may outlast it.
        var now = time.GetUtcNow();
        if (now < new DateTimeOffset(certificate.NotBefore) || now > new DateTimeOffset(certificate.NotAfter))
        {
            throw Fail.Unauthenticated(ErrorReason.CredentialInvalid, "the client certificate is not valid at this time");
        }

        var pin = SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo());
        return registry.Current.MemberByPin(pin, VietnamTime.DateOf(now)) is { } member
            ? new Caller(member)
            : throw Fail.Unauthenticated(ErrorReason.CertificateNotPinned, "the client certificate's key is not pinned for any member today");
    }

    private static string Digest(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
