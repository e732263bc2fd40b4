using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Interop.Hub.Checkpoints;

/// <summary>
/// The RFC 6962 hashes of the checkpoint tree: leaf SHA-256(0x00 || leaf), node SHA-256(0x01 || left ||
/// right), over inputs of one SHA-256 block. For such inputs <see cref="SHA256.HashData(ReadOnlySpan{byte})"/>
/// spends most of its time setting up OpenSSL's EVP context (about 0.38 µs a hash here, against 0.05 µs
/// for the block itself), and a start rebuilds the tree from every event: two hashes per event. So the
/// hashes go through OpenSSL's low-level SHA256_Init/Update/Final on a context this instance keeps,
/// when the process has libcrypto 3 and it gives the digests .NET gives (checked once); otherwise
/// through <see cref="SHA256"/>. Not thread-safe: one per tree.
/// </summary>
internal sealed class TreeHashing
{
    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    // SHA256_CTX is 112 bytes in OpenSSL 3; the room left over costs nothing.
    private readonly byte[]? context = Native.Usable ? new byte[256] : null;

    public byte[] Leaf(ReadOnlySpan<byte> leaf) => Hash(LeafPrefix, leaf, []);

    public byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right) => Hash(NodePrefix, left, right);

    private byte[] Hash(byte prefix, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var digest = new byte[SHA256.HashSizeInBytes];
        if (context is null)
        {
            Span<byte> input = stackalloc byte[1 + first.Length + second.Length];
            input[0] = prefix;
            first.CopyTo(input[1..]);
            second.CopyTo(input[(1 + first.Length)..]);
            SHA256.HashData(input, digest);
            return digest;
        }

        Native.Hash(context, prefix, first, second, digest);
        return digest;
    }

    /// <summary>Whether the native path is in use (for the tests that compare both).</summary>
    public static bool UsesNative => Native.Usable;

    private static class Native
    {
        public static readonly bool Usable = Probe();

        public static void Hash(byte[] context, byte prefix, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> digest)
        {
            ReadOnlySpan<byte> prefixBytes = [prefix];
            Check(SHA256_Init(context));
            Check(SHA256_Update(context, ref MemoryMarshal.GetReference(prefixBytes), 1));
            Check(SHA256_Update(context, ref MemoryMarshal.GetReference(first), (nuint)first.Length));
            if (!second.IsEmpty)
            {
                Check(SHA256_Update(context, ref MemoryMarshal.GetReference(second), (nuint)second.Length));
            }

            Check(SHA256_Final(ref MemoryMarshal.GetReference(digest), context));
        }

        private static bool Probe()
        {
            try
            {
                var left = RandomNumberGenerator.GetBytes(32);
                var right = RandomNumberGenerator.GetBytes(32);
                var digest = new byte[SHA256.HashSizeInBytes];
                Hash(new byte[256], NodePrefix, left, right, digest);
                return digest.AsSpan().SequenceEqual(SHA256.HashData([NodePrefix, .. left, .. right]));
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
            {
                return false;
            }
        }

        private static void Check(int result)
        {
            if (result != 1)
            {
                throw new InvalidOperationException("OpenSSL's SHA-256 failed.");
            }
        }

        // DllImport rather than LibraryImport: the latter needs unsafe code enabled in the whole project.
        [DllImport("libcrypto.so.3", ExactSpelling = true), SuppressGCTransition]
        private static extern int SHA256_Init(byte[] context);

        [DllImport("libcrypto.so.3", ExactSpelling = true), SuppressGCTransition]
        private static extern int SHA256_Update(byte[] context, ref byte data, nuint length);

        [DllImport("libcrypto.so.3", ExactSpelling = true), SuppressGCTransition]
        private static extern int SHA256_Final(ref byte digest, byte[] context);
    }
}
