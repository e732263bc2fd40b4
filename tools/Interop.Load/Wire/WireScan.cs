using System.Text;

namespace Interop.Load.Wire;

/// <summary>
/// Reads the few fields a subscriber needs straight from the protobuf bytes of a StreamInboxResponse
/// (item.sequence, item.origin.request_id), skipping the dossier and event each item carries: parsing
/// those would cost the client more CPU than the hub spends sending them.
/// </summary>
internal static class WireScan
{
    private const int Item = 1;
    private const int ItemSequence = 2;
    private const int ItemOrigin = 4;
    private const int OriginRequestId = 2;

    public static InboxSignal Inbox(ReadOnlySpan<byte> response)
    {
        var position = 0;
        while (position < response.Length)
        {
            var (field, wireType) = Tag(response, ref position);
            if (field == Item && wireType == 2)
            {
                return FromItem(LengthDelimited(response, ref position));
            }

            Skip(response, wireType, ref position);
        }

        return new InboxSignal(false, 0, "");
    }

    private static InboxSignal FromItem(ReadOnlySpan<byte> item)
    {
        long sequence = 0;
        var requestId = "";
        var position = 0;
        while (position < item.Length)
        {
            var (field, wireType) = Tag(item, ref position);
            if (field == ItemSequence && wireType == 0)
            {
                sequence = (long)Varint(item, ref position);
            }
            else if (field == ItemOrigin && wireType == 2)
            {
                requestId = RequestIdOf(LengthDelimited(item, ref position));
            }
            else
            {
                Skip(item, wireType, ref position);
            }
        }

        return new InboxSignal(true, sequence, requestId);
    }

    private static string RequestIdOf(ReadOnlySpan<byte> origin)
    {
        var position = 0;
        while (position < origin.Length)
        {
            var (field, wireType) = Tag(origin, ref position);
            if (field == OriginRequestId && wireType == 2)
            {
                return Encoding.UTF8.GetString(LengthDelimited(origin, ref position));
            }

            Skip(origin, wireType, ref position);
        }

        return "";
    }

    private static (int Field, int WireType) Tag(ReadOnlySpan<byte> bytes, ref int position)
    {
        var tag = Varint(bytes, ref position);
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a varint longer than 10 bytes");
    }

    private static ReadOnlySpan<byte> LengthDelimited(ReadOnlySpan<byte> bytes, ref int position)
    {
        var length = checked((int)Varint(bytes, ref position));
        var value = bytes.Slice(position, length);
        position += length;
        return value;
    }

    private static void Skip(ReadOnlySpan<byte> bytes, int wireType, ref int position)
    {
        switch (wireType)
        {
            case 0:
                Varint(bytes, ref position);
                break;
            case 1:
                position += 8;
                break;
            case 2:
                LengthDelimited(bytes, ref position);
                break;
            case 5:
                position += 4;
                break;
            default:
                throw new FormatException($"wire type {wireType} is not one proto3 writes");
        }
    }
}
