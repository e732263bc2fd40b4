using System.Security.Cryptography;
using Google.Protobuf;

namespace Interop.Hub.WritePath;

/// <summary>The idempotency digest: over the request as parsed and re-serialised by the hub, so clients that encode alike requests differently still match.</summary>
public static class RequestDigest
{
    public static byte[] Of(IMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SHA256.HashData(request.ToByteArray());
    }
}
