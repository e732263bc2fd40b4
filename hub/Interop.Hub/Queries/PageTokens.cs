using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Interop.Hub.Errors;
using Interop.Protos.Error.V1;

namespace Interop.Hub.Queries;

/// <summary>
/// Opaque AIP-158 page tokens: a cursor bound to the caller and the query's other parameters, so a
/// token reused with another filter (or by another member) is refused rather than misread.
/// </summary>
internal static class PageTokens
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static string Issue(long cursor, string binding)
    {
        var bytes = new byte[8 + 16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, cursor);
        Bind(binding).CopyTo(bytes, 8);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The cursor of a token (0 for none); INVALID_ARGUMENT PAGE_TOKEN_INVALID for a foreign or altered one.</summary>
    public static long Read(string token, string binding)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var text = token.Replace('-', '+').Replace('_', '/');
            var bytes = Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
            if (bytes.Length == 24 && bytes.AsSpan(8).SequenceEqual(Bind(binding)))
            {
                return BinaryPrimitives.ReadInt64BigEndian(bytes);
            }
        }
        catch (FormatException)
        {
        }

        throw Fail.Invalid(ErrorReason.PageTokenInvalid, "page_token", "the token is not one this query issued (other parameters, or altered)");
    }

    public static int Size(int requested, int fallback = DefaultPageSize)
    {
        if (requested < 0)
        {
            throw Fail.Field("page_size", "must not be negative");
        }

        return requested == 0 ? fallback : Math.Min(requested, MaxPageSize);
    }

    private static byte[] Bind(string binding) => SHA256.HashData(Encoding.UTF8.GetBytes(binding))[..16];
}
