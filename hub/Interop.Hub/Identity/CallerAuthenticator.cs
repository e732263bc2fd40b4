using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Interop.Hub.Errors;
using Interop.Hub.Registry;
using Interop.Protos.Error.V1;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Identity;

/// <summary>
/// Authenticates development bearer tokens from configuration. Tokens are compared by their SHA-256,
/// so a lookup does not leak a token's prefix through timing. Mutual TLS replaces this in production.
/// </summary>
public sealed class CallerAuthenticator
{
    private readonly Dictionary<string, string> memberByTokenDigest;
    private readonly RegistryHolder registry;

    public CallerAuthenticator(IOptions<HubOptions> options, RegistryHolder registry)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.registry = registry;
        memberByTokenDigest = options.Value.DevelopmentTokens.ToDictionary(t => Digest(t.Key), t => t.Value, StringComparer.Ordinal);
    }

    public Caller Authenticate(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.RequestHeaders.GetValue("authorization");
        if (string.IsNullOrEmpty(header))
        {
            throw Fail.Unauthenticated(ErrorReason.CredentialMissing, "no credential: send 'authorization: Bearer <token>'");
        }

        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || !memberByTokenDigest.TryGetValue(Digest(header[scheme.Length..].Trim()), out var memberId)
            || registry.Current.Member(memberId) is not { } member)
        {
            throw Fail.Unauthenticated(ErrorReason.CredentialInvalid, "the credential is not valid");
        }

        return new Caller(member);
    }

    private static string Digest(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
