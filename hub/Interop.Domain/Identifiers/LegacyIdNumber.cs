namespace Interop.Domain.Identifiers;

/// <summary>
/// The old 9-digit identity card number (chứng minh nhân dân), still found on records. Only its length and digits are checked:
/// its internal structure was never published as a rule this library could verify.
/// </summary>
public sealed record LegacyIdNumber
{
    /// <summary>The number of digits.</summary>
    public const int Length = 9;

    private LegacyIdNumber(string value) => Value = value;

    /// <summary>The nine digits. Personal data: never log it.</summary>
    public string Value { get; }

    /// <summary>Parses a 9-digit ID number.</summary>
    /// <param name="text">Untrusted input; not trimmed. Messages never quote it.</param>
    /// <returns>The number, or <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.NotDigits"/> or <see cref="IdentifierReason.Length"/>.</returns>
    public static ParseResult<LegacyIdNumber> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<LegacyIdNumber>(IdentifierReason.Empty, "ID number is empty");
        }

        if (!Digits.All(text))
        {
            return Parsed.Fail<LegacyIdNumber>(IdentifierReason.NotDigits, "ID number must contain only the digits 0-9");
        }

        return text.Length == Length
            ? Parsed.Ok(new LegacyIdNumber(text))
            : Parsed.Fail<LegacyIdNumber>(IdentifierReason.Length, $"old ID number must have {Length} digits, found {text.Length}");
    }

    /// <summary>Masks all but the last three digits.</summary>
    /// <returns>E.g. <c>******789</c>.</returns>
    public override string ToString() => string.Concat(new string('*', Length - 3), Value.AsSpan(Length - 3));
}
