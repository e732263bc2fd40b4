using System.IO.Compression;

namespace Interop.Store.Sqlite;

/// <summary>
/// How the store keeps its large values (a dossier's state, an event's body and personal part): DEFLATE-
/// compressed behind a two-byte mark, or as they came when compressing does not pay. The values are
/// protobuf messages, whose first byte is never 0 (field number 0 does not exist), so a value written
/// before packing existed reads unchanged. Callers only ever see the exact bytes they stored: an event
/// body's hash covers those, never the packed form.
/// </summary>
internal static class PackedBlob
{
    // Below this, DEFLATE's own framing eats what it saves.
    private const int SmallestPacked = 256;
    private const byte Mark = 0x00;
    private const byte Deflate = 0x01;

    /// <summary>The stored form of <paramref name="value"/>: packed if that saves at least an eighth.</summary>
    public static byte[] Pack(byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < SmallestPacked)
        {
            return value;
        }

        using var packed = new MemoryStream(value.Length / 2);
        packed.WriteByte(Mark);
        packed.WriteByte(Deflate);
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(value);
        }

        return packed.Length <= value.Length - (value.Length / 8) ? packed.ToArray() : value;
    }

    /// <summary>The value <see cref="Pack"/> was given.</summary>
    public static byte[] Unpack(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length == 0 || stored[0] != Mark)
        {
            return stored;
        }

        if (stored.Length < 2 || stored[1] != Deflate)
        {
            throw new InvalidDataException($"A stored value has an unknown packing ({(stored.Length < 2 ? "none" : stored[1])}).");
        }

        using var deflate = new DeflateStream(new MemoryStream(stored, 2, stored.Length - 2, writable: false), CompressionMode.Decompress);
        using var value = new MemoryStream(stored.Length * 4);
        deflate.CopyTo(value);
        return value.ToArray();
    }
}
