namespace Interop.Domain.Identifiers;

/// <summary>Why an identifier was refused. Each value has a stable UPPER_SNAKE code (<see cref="IdentifierError.Code"/>).</summary>
public enum IdentifierReason
{
    /// <summary>Not set; never returned by a parser.</summary>
    Unspecified = 0,
    /// <summary>The input is null or empty.</summary>
    Empty,
    /// <summary>The input does not have the identifier's overall form (separators, parts, characters).</summary>
    WrongShape,
    /// <summary>The agency part of a dossier or procedure code is not an agency electronic identifier.</summary>
    BadAgencyId,
    /// <summary>An agency electronic identifier does not have exactly four dot-separated levels.</summary>
    LevelCount,
    /// <summary>One level of an agency electronic identifier has the wrong length or characters.</summary>
    LevelShape,
    /// <summary>The YYMMDD part of a dossier code is not a calendar date.</summary>
    ImpossibleDate,
    /// <summary>The sequence of a dossier code has fewer than four or more than six digits.</summary>
    SequenceLength,
    /// <summary>The sequence of a dossier code is zero.</summary>
    ZeroSequence,
    /// <summary>A sequence wider than four digits starts with 0, so the same code could be written two ways.</summary>
    SequenceNotCanonical,
    /// <summary>The input is longer than the identifier allows.</summary>
    TooLong,
    /// <summary>The input contains a control character or a broken UTF-16 surrogate.</summary>
    NotPrintable,
    /// <summary>The input starts or ends with white space.</summary>
    SurroundingWhitespace,
    /// <summary>A numeric identifier contains a character other than the ASCII digits 0-9.</summary>
    NotDigits,
    /// <summary>A numeric identifier has the wrong number of digits.</summary>
    Length,
    /// <summary>A personal ID's first three digits are not a province code of the 2004 list.</summary>
    UnknownProvince,
    /// <summary>A tax code's tenth digit is not the check digit of the first nine.</summary>
    Checksum,
    /// <summary>A tax code's first nine digits have no possible check digit (the formula gives 10), so no such code is issued.</summary>
    CheckDigitImpossible,
    /// <summary>A tax code's branch suffix is 000; branches are numbered from 001.</summary>
    ZeroBranch,
}
