using System.Security.Cryptography;
using System.Text;

namespace Interop.Hub.WritePath;

/// <summary>The hash rules of the standard (STANDARD.md EV-2, EV-4).</summary>
public static class EventHashing
{
    private static readonly byte[] EventTag = Encoding.ASCII.GetBytes("interop/event/v1");
    private static readonly byte[] PersonalTag = Encoding.ASCII.GetBytes("interop/personal/v1");

    /// <summary>The previous hash of a dossier's first event.</summary>
    public static byte[] Zero { get; } = new byte[32];

    /// <summary>SHA-256("interop/event/v1" || previous hash || stored body bytes).</summary>
    public static byte[] EventHash(ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> body) => Sha256(EventTag, previousHash, body);

    /// <summary>SHA-256("interop/personal/v1" || salt || personal data bytes).</summary>
    public static byte[] PersonalDigest(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> data) => Sha256(PersonalTag, salt, data);

    private static byte[] Sha256(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(a);
        hash.AppendData(b);
        hash.AppendData(c);
        return hash.GetHashAndReset();
    }
}
