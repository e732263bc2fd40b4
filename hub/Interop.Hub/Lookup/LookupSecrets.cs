using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Interop.Store;

namespace Interop.Hub.Lookup;

/// <summary>
/// The citizen's look-up secret: 10 characters over an alphabet without 0/O/1/I/L, taken from
/// HMAC-SHA256(look-up key, dossier id), so a replayed receipt answers the same secret and the hub
/// never stores it. The store keeps SHA-256 over a tag, a per-dossier random salt and the secret.
/// </summary>
internal sealed class LookupSecrets(ILookupSecretKey key)
{
    public const int Length = 10;

    /// <summary>Digits 2–9 and A–Z without I, L and O: 31 symbols, about 49.5 bits in 10 characters.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static readonly byte[] DigestTag = Encoding.ASCII.GetBytes("interop/lookup-digest/v1");
    private static readonly byte[] DecoySalt = RandomNumberGenerator.GetBytes(16);
    private static readonly byte[] DecoyDigest = RandomNumberGenerator.GetBytes(32);

    /// <summary>The secret of a dossier.</summary>
    public string SecretFor(string dossierId)
    {
        var mac = HMACSHA256.HashData(key.Key.Span, Encoding.UTF8.GetBytes(dossierId));

        // 128 bits reduced to 31^10 (< 2^50): the bias is below 2^-78.
        var value = BinaryPrimitives.ReadUInt128BigEndian(mac);
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[(int)(value % (UInt128)Alphabet.Length)];
            value /= (UInt128)Alphabet.Length;
        }

        return new string(chars);
    }

    /// <summary>The digest record of a dossier's secret, with a fresh salt, for the append that claims its code.</summary>
    public LookupDigest DigestFor(string nationalCode, string dossierId)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return new LookupDigest(nationalCode, dossierId, salt, Digest(salt, SecretFor(dossierId)));
    }

    /// <summary>
    /// Whether a typed secret matches the stored digest. The same work is done and the same comparison
    /// made for an unknown code and a malformed secret, so timing does not tell them apart.
    /// </summary>
    public static bool Matches(LookupDigest? stored, string typed)
    {
        var secret = Normalise(typed);
        var digest = Digest(stored?.Salt ?? DecoySalt, secret ?? new string('2', Length));
        return CryptographicOperations.FixedTimeEquals(digest, stored?.Digest ?? DecoyDigest) && stored is not null && secret is not null;
    }

    /// <summary>What the citizen typed, as the secret: upper case, spaces and hyphens dropped; null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var text = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || text.Length == Length)
            {
                return null;
            }

            text.Append(upper);
        }

        return text.Length == Length ? text.ToString() : null;
    }

    private static byte[] Digest(ReadOnlySpan<byte> salt, string secret)
        => SHA256.HashData([.. DigestTag, .. salt, .. Encoding.ASCII.GetBytes(secret)]);
}
