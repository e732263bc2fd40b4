namespace Interop.Domain.Identifiers;

// Parsing: each part is checked left to right and the first problem is the reason.
public sealed partial record DossierCode
{
    /// <summary>
    /// Parses a national dossier code. Vendor variants such as <c>H21.129-250812-0035</c> are refused
    /// (<see cref="IdentifierReason.BadAgencyId"/>: <c>H21.129</c> is not a four-level e-ID); keep them as <see cref="VendorDossierCode"/>.
    /// </summary>
    /// <param name="text">Untrusted input; not trimmed.</param>
    /// <returns>
    /// The code, or one of <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.WrongShape"/>,
    /// <see cref="IdentifierReason.BadAgencyId"/>, <see cref="IdentifierReason.ImpossibleDate"/>,
    /// <see cref="IdentifierReason.SequenceLength"/>, <see cref="IdentifierReason.ZeroSequence"/>,
    /// <see cref="IdentifierReason.SequenceNotCanonical"/>.
    /// </returns>
    public static ParseResult<DossierCode> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<DossierCode>(IdentifierReason.Empty, "dossier code is empty");
        }

        var parts = text.Split('-');
        if (parts.Length != 3)
        {
            return Parsed.Fail<DossierCode>(
                IdentifierReason.WrongShape,
                $"dossier code must be <agency e-ID>-YYMMDD-NNNN (three parts separated by '-'), found {parts.Length} parts");
        }

        var agency = AgencyId.Parse(parts[0]);
        if (!agency.IsValid)
        {
            return Parsed.Fail<DossierCode>(
                IdentifierReason.BadAgencyId,
                $"agency part '{parts[0]}' is not an agency e-ID: {agency.Error.Message}");
        }

        if (ParseDate(parts[1]) is not { } date)
        {
            return Digits.All(parts[1]) && parts[1].Length == 6
                ? Parsed.Fail<DossierCode>(IdentifierReason.ImpossibleDate, $"date part '{parts[1]}' is not a calendar date (YYMMDD)")
                : Parsed.Fail<DossierCode>(IdentifierReason.WrongShape, $"date part '{parts[1]}' must be six digits YYMMDD");
        }

        if (SequenceProblem(parts[2]) is { } problem)
        {
            return Parsed.Fail<DossierCode>(problem);
        }

        return Parsed.Ok(new DossierCode(agency.Value, date, Digits.Value(parts[2])));
    }

    private static DateOnly? ParseDate(string yymmdd)
    {
        if (yymmdd.Length != 6 || !Digits.All(yymmdd))
        {
            return null;
        }

        var year = 2000 + Digits.Value(yymmdd.AsSpan(0, 2));
        var month = Digits.Value(yymmdd.AsSpan(2, 2));
        var day = Digits.Value(yymmdd.AsSpan(4, 2));
        var exists = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return exists ? new DateOnly(year, month, day) : null;
    }

    private static IdentifierError? SequenceProblem(string sequence) => sequence switch
    {
        _ when !Digits.All(sequence) =>
            new(IdentifierReason.WrongShape, $"sequence '{sequence}' must be digits"),
        { Length: < 4 or > 6 } =>
            new(IdentifierReason.SequenceLength, $"sequence must have 4 to 6 digits, found {sequence.Length}"),
        _ when Digits.Value(sequence) == 0 =>
            new(IdentifierReason.ZeroSequence, "sequence starts at 1; 0 is never issued"),
        { Length: > 4 } when sequence[0] == '0' =>
            new(IdentifierReason.SequenceNotCanonical, $"sequence '{sequence}' is padded past four digits; write it without the leading zero"),
        _ => null,
    };
}
