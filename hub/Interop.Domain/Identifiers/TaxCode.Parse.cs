namespace Interop.Domain.Identifiers;

// Parsing: the length picks the form (10, 14 with '-', or 12), then the form's own checks run.
public sealed partial record TaxCode
{
    /// <summary>Parses a tax code in one of the three forms of <see cref="TaxCodeKind"/>. Spaces and a missing '-' are not repaired.</summary>
    /// <param name="text">Untrusted input; not trimmed. Messages never quote it.</param>
    /// <returns>
    /// The code, or <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.NotDigits"/>, <see cref="IdentifierReason.Length"/>,
    /// <see cref="IdentifierReason.Checksum"/>, <see cref="IdentifierReason.CheckDigitImpossible"/>, <see cref="IdentifierReason.ZeroBranch"/>,
    /// or a personal-ID reason (<see cref="IdentifierReason.UnknownProvince"/>) for a 12-digit code.
    /// </returns>
    public static ParseResult<TaxCode> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<TaxCode>(IdentifierReason.Empty, "tax code is empty");
        }

        var dependent = text.Length == 14 && text[10] == '-';
        var digits = dependent ? string.Concat(text.AsSpan(0, 10), text.AsSpan(11)) : text;
        if (!Digits.All(digits))
        {
            return Parsed.Fail<TaxCode>(IdentifierReason.NotDigits, "tax code must be digits, with '-' only before a three-digit dependent-unit suffix");
        }

        if (text.Length == PersonalIdNumber.Length)
        {
            return FromPersonalId(text);
        }

        return text.Length == 10 || dependent
            ? FromTenDigits(text, dependent)
            : Parsed.Fail<TaxCode>(
                IdentifierReason.Length,
                $"tax code must be 10 digits, 10 digits-3 digits, or a 12-digit personal ID; found {text.Length} characters");
    }

    private static ParseResult<TaxCode> FromTenDigits(string text, bool dependent)
    {
        if (TaxCheckDigit.For(text.AsSpan(0, 9)) is not { } check)
        {
            return Parsed.Fail<TaxCode>(
                IdentifierReason.CheckDigitImpossible, "tax code's first nine digits have no valid check digit, so no such code is issued");
        }

        if (text[9] - '0' != check)
        {
            return Parsed.Fail<TaxCode>(IdentifierReason.Checksum, "tax code's tenth digit is not the check digit of the first nine");
        }

        if (dependent && text.EndsWith("000", StringComparison.Ordinal))
        {
            return Parsed.Fail<TaxCode>(IdentifierReason.ZeroBranch, "dependent-unit suffix starts at 001; 000 is never issued");
        }

        return Parsed.Ok(new TaxCode(text, dependent ? TaxCodeKind.DependentUnit : TaxCodeKind.TenDigit, null));
    }

    private static ParseResult<TaxCode> FromPersonalId(string text)
    {
        var personal = PersonalIdNumber.Parse(text);
        return personal.IsValid
            ? Parsed.Ok(new TaxCode(text, TaxCodeKind.PersonalId, personal.Value))
            : Parsed.Fail<TaxCode>(personal.Error with { Message = $"12-digit tax code is a personal ID, and {personal.Error.Message}" });
    }
}
