using System.Text;
using Google.Protobuf;

namespace Interop.Load.Wire;

/// <summary>
/// A request serialised once before the run, with the places where its request id (and the vendor code
/// made from it) must go: a call copies the bytes and writes its id over the placeholder, so the run
/// spends no client CPU on serialisation.
/// </summary>
internal sealed class RequestTemplate
{
    /// <summary>What a request carries instead of its id until it is sent; as wide as every id.</summary>
    public static readonly string Placeholder = new('#', RequestIds.Width);

    private readonly int[] idOffsets;

    private RequestTemplate(byte[] bytes, int[] idOffsets)
    {
        Bytes = bytes;
        this.idOffsets = idOffsets;
    }

    public byte[] Bytes { get; }

    public int Length => Bytes.Length;

    /// <summary>Serialises a message whose id fields hold <see cref="Placeholder"/>; it must hold it at least once.</summary>
    public static RequestTemplate Of(IMessage message)
    {
        var bytes = message.ToByteArray();
        var placeholder = Encoding.ASCII.GetBytes(Placeholder);
        var offsets = new List<int>();
        for (var at = bytes.AsSpan().IndexOf(placeholder); at >= 0;)
        {
            offsets.Add(at);
            var next = bytes.AsSpan(at + placeholder.Length).IndexOf(placeholder);
            at = next < 0 ? -1 : at + placeholder.Length + next;
        }

        return offsets.Count == 0
            ? throw new ArgumentException("the message carries no request id placeholder", nameof(message))
            : new RequestTemplate(bytes, [.. offsets]);
    }

    /// <summary>Writes the request with the id of a number into a span of <see cref="Length"/> bytes.</summary>
    public void WriteTo(Span<byte> destination, RequestIds ids, long number)
    {
        Bytes.CopyTo(destination);
        foreach (var offset in idOffsets)
        {
            ids.Write(number, destination.Slice(offset, RequestIds.Width));
        }
    }
}
