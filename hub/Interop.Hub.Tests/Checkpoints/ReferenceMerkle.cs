using System.Security.Cryptography;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>RFC 6962 §2.1 Merkle Tree Hash, as the RFC writes it (recursive split at the largest power of two below n).</summary>
internal static class ReferenceMerkle
{
    public static byte[] Root(IReadOnlyList<byte[]> leaves) => Hash(leaves, 0, leaves.Count);

    private static byte[] Hash(IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count == 0)
        {
            return SHA256.HashData([]);
        }

        if (count == 1)
        {
            return SHA256.HashData([0x00, .. leaves[start]]);
        }

        var k = 1;
        while (k * 2 < count)
        {
            k *= 2;
        }

        return SHA256.HashData([0x01, .. Hash(leaves, start, k), .. Hash(leaves, start + k, count - k)]);
    }
}
