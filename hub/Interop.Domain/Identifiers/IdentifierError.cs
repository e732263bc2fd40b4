namespace Interop.Domain.Identifiers;

/// <summary>Why an input is not a valid identifier: a reason with a stable code, and a message for people.</summary>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Message">An English sentence naming what was wrong; may quote the offending part, never the whole input.</param>
public sealed record IdentifierError(IdentifierReason Reason, string Message)
{
    /// <summary>The stable UPPER_SNAKE code of <see cref="Reason"/>, e.g. <c>BAD_AGENCY_ID</c>; safe to put on the wire.</summary>
    public string Code => Reason switch
    {
        IdentifierReason.Empty => "EMPTY",
        IdentifierReason.WrongShape => "WRONG_SHAPE",
        IdentifierReason.BadAgencyId => "BAD_AGENCY_ID",
        IdentifierReason.LevelCount => "LEVEL_COUNT",
        IdentifierReason.LevelShape => "LEVEL_SHAPE",
        IdentifierReason.ImpossibleDate => "IMPOSSIBLE_DATE",
        IdentifierReason.SequenceLength => "SEQUENCE_LENGTH",
        IdentifierReason.ZeroSequence => "ZERO_SEQUENCE",
        IdentifierReason.SequenceNotCanonical => "SEQUENCE_NOT_CANONICAL",
        IdentifierReason.TooLong => "TOO_LONG",
        IdentifierReason.NotPrintable => "NOT_PRINTABLE",
        IdentifierReason.SurroundingWhitespace => "SURROUNDING_WHITESPACE",
        IdentifierReason.NotDigits => "NOT_DIGITS",
        IdentifierReason.Length => "LENGTH",
        IdentifierReason.UnknownProvince => "UNKNOWN_PROVINCE",
        IdentifierReason.Checksum => "CHECKSUM",
        IdentifierReason.CheckDigitImpossible => "CHECK_DIGIT_IMPOSSIBLE",
        IdentifierReason.ZeroBranch => "ZERO_BRANCH",
        _ => "UNSPECIFIED",
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}
