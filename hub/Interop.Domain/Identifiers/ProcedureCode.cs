namespace Interop.Domain.Identifiers;

/// <summary>
/// A procedure code (mã thủ tục hành chính) from the national database: <c>d.dddddd</c> (e.g. <c>1.001612</c>), or a local
/// variant that appends the agency e-ID after a dot (e.g. <c>2.000477.000.00.00.H56</c>).
/// </summary>
public sealed record ProcedureCode
{
    private const int NationalLength = 8;

    private ProcedureCode(string value, AgencyId? localAgency)
    {
        Value = value;
        NationalCode = value[..NationalLength];
        LocalAgency = localAgency;
    }

    /// <summary>The code as written.</summary>
    public string Value { get; }

    /// <summary>The national part <c>d.dddddd</c>; equal to <see cref="Value"/> unless this is a local variant.</summary>
    public string NationalCode { get; }

    /// <summary>The agency whose local variant this is, or null for the national entry.</summary>
    public AgencyId? LocalAgency { get; }

    /// <summary>Whether the code names an agency's local variant of the national procedure.</summary>
    public bool IsLocalVariant => LocalAgency is not null;

    /// <summary>Parses a national or local procedure code. The leading digit is not interpreted.</summary>
    /// <param name="text">Untrusted input; not trimmed.</param>
    /// <returns>The code, or <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.WrongShape"/> or <see cref="IdentifierReason.BadAgencyId"/>.</returns>
    public static ParseResult<ProcedureCode> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<ProcedureCode>(IdentifierReason.Empty, "procedure code is empty");
        }

        var national = text.AsSpan(0, Math.Min(text.Length, NationalLength));
        var nationalFits = national.Length == NationalLength
            && char.IsAsciiDigit(national[0]) && national[1] == '.' && Digits.All(national[2..]);
        if (!nationalFits || (text.Length > NationalLength && text[NationalLength] != '.'))
        {
            return Parsed.Fail<ProcedureCode>(
                IdentifierReason.WrongShape, "procedure code must be d.dddddd, optionally followed by '.' and an agency e-ID");
        }

        if (text.Length == NationalLength)
        {
            return Parsed.Ok(new ProcedureCode(text, null));
        }

        var agency = AgencyId.Parse(text[(NationalLength + 1)..]);
        return agency.IsValid
            ? Parsed.Ok(new ProcedureCode(text, agency.Value))
            : Parsed.Fail<ProcedureCode>(
                IdentifierReason.BadAgencyId, $"local variant's agency part is not an agency e-ID: {agency.Error.Message}");
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
