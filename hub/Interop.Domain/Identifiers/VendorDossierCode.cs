namespace Interop.Domain.Identifiers;

/// <summary>
/// The code a member's own system gives a dossier (e.g. <c>H21.129-250812-0035</c>). Kept beside the national code and never
/// rewritten into one; unique per member system. Any text a person could have typed is accepted, within <see cref="MaxLength"/>.
/// </summary>
public sealed record VendorDossierCode
{
    /// <summary>The longest code accepted, in UTF-16 code units; vendor codes seen are under 40.</summary>
    public const int MaxLength = 64;

    private VendorDossierCode(string value) => Value = value;

    /// <summary>The code exactly as the vendor wrote it.</summary>
    public string Value { get; }

    /// <summary>Accepts non-empty text of at most <see cref="MaxLength"/> code units with no control characters and no white space at either end.</summary>
    /// <param name="text">Untrusted input; not trimmed, so the stored code is what the vendor sent.</param>
    /// <returns>
    /// The code, or <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.TooLong"/>,
    /// <see cref="IdentifierReason.NotPrintable"/> or <see cref="IdentifierReason.SurroundingWhitespace"/>.
    /// </returns>
    public static ParseResult<VendorDossierCode> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<VendorDossierCode>(IdentifierReason.Empty, "vendor code is empty");
        }

        if (text.Length > MaxLength)
        {
            return Parsed.Fail<VendorDossierCode>(
                IdentifierReason.TooLong, $"vendor code has {text.Length} characters; at most {MaxLength} are accepted");
        }

        if (!IsPrintable(text))
        {
            return Parsed.Fail<VendorDossierCode>(
                IdentifierReason.NotPrintable, "vendor code contains a control character or broken UTF-16");
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return Parsed.Fail<VendorDossierCode>(
                IdentifierReason.SurroundingWhitespace, "vendor code starts or ends with white space");
        }

        return Parsed.Ok(new VendorDossierCode(text));
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    // An unpaired surrogate cannot be encoded as UTF-8, so the code could not be sent on in a protobuf string.
    private static bool IsPrintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]))
            {
                return false;
            }

            if (char.IsSurrogate(text[i]))
            {
                if (!char.IsSurrogatePair(text, i))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}
