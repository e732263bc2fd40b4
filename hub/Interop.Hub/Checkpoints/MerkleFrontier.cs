using System.Security.Cryptography;

namespace Interop.Hub.Checkpoints;

/// <summary>
/// The right frontier (compact range) of an RFC 6962 Merkle tree: the roots of its perfect subtrees,
/// largest first, one per set bit of the size, so O(log n) hashes. Leaf hash SHA-256(0x00 || leaf),
/// node hash SHA-256(0x01 || left || right); the empty tree's root is SHA-256 of nothing.
/// </summary>
internal sealed class MerkleFrontier
{
    private readonly List<byte[]> subtrees = [];
    private readonly TreeHashing hashing = new();

    public long Size { get; private set; }

    public void Append(ReadOnlySpan<byte> leaf)
    {
        var hash = hashing.Leaf(leaf);

        // Each trailing set bit of the old size is a subtree of the new leaf's height: merge them.
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            hash = hashing.Node(subtrees[^1], hash);
            subtrees.RemoveAt(subtrees.Count - 1);
        }

        subtrees.Add(hash);
        Size++;
    }

    /// <summary>The tree head: the subtrees folded from the smallest (right) to the largest (left).</summary>
    public byte[] Root()
    {
        if (subtrees.Count == 0)
        {
            return SHA256.HashData([]);
        }

        var root = subtrees[^1];
        for (var i = subtrees.Count - 2; i >= 0; i--)
        {
            root = hashing.Node(subtrees[i], root);
        }

        return root;
    }
}
