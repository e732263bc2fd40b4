namespace Interop.Adapters.Sdk.Text;

/// <summary>
/// Legacy text that cannot cross the edge: bytes that are not text of the declared encoding, or a
/// character the legacy encoding cannot hold. The mapper that meets it parks the record with this
/// reason and the field it was mapping; the text is never stored half-decoded.
/// </summary>
public sealed class LegacyTextException(string reason, string detail, int offset) : Exception(detail)
{
    /// <summary>Bytes of the declared encoding that do not decode.</summary>
    public const string NotDecodable = "LEGACY_TEXT_NOT_DECODABLE";

    /// <summary>Bytes that decode, but not to Vietnamese: most likely text of another encoding.</summary>
    public const string WrongEncoding = "LEGACY_TEXT_WRONG_ENCODING";

    /// <summary>A character the legacy encoding has no bytes for.</summary>
    public const string NotEncodable = "LEGACY_TEXT_NOT_ENCODABLE";

    /// <summary>One of the reasons above.</summary>
    public string Reason { get; } = reason;

    /// <summary>Where: the byte offset when decoding, the character index when encoding.</summary>
    public int Offset { get; } = offset;
}
