namespace Interop.Domain.Identifiers;

/// <summary>The form of one level of an agency e-ID, so that parsing reads a table rather than a chain of ifs.</summary>
/// <param name="Level">The level number: 1 is the rightmost part (MX1X2), 4 the leftmost (V1V2V3).</param>
/// <param name="Length">The number of characters.</param>
/// <param name="LeadingLetter">Whether the first character is an ASCII capital letter rather than a digit.</param>
internal readonly record struct AgencyLevelShape(int Level, int Length, bool LeadingLetter)
{
    // Written order, left to right: V1V2V3.Z1Z2.Y1Y2.MX1X2.
    public static readonly AgencyLevelShape[] Written =
    [
        new(4, 3, LeadingLetter: false),
        new(3, 2, LeadingLetter: false),
        new(2, 2, LeadingLetter: false),
        new(1, 3, LeadingLetter: true),
    ];

    /// <summary>Null when <paramref name="part"/> fits, otherwise what is wrong with it.</summary>
    public string? Problem(string part)
    {
        var digitsFrom = LeadingLetter ? 1 : 0;
        var fits = part.Length == Length
            && (!LeadingLetter || part[0] is >= 'A' and <= 'Z')
            && Digits.All(part.AsSpan(digitsFrom));
        if (fits)
        {
            return null;
        }

        var expected = LeadingLetter
            ? $"a capital letter and {Length - 1} digits"
            : $"{Length} digits";
        return $"level {Level} '{part}' must be {expected}";
    }
}
