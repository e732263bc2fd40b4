namespace Interop.Domain.Identifiers;

/// <summary>The tax code check digit: N10 = 10 - (31N1 + 29N2 + 23N3 + 19N4 + 17N5 + 13N6 + 7N7 + 5N8 + 3N9) mod 11.</summary>
internal static class TaxCheckDigit
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>
    /// The check digit for nine digits, or null when the formula gives 10, which no digit can carry. Some validators write 0
    /// there; that would make 0 stand for two remainders and let one mistyped digit pass, so such prefixes are refused.
    /// </summary>
    public static int? For(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Weights[i] * (firstNine[i] - '0');
        }

        var check = 10 - (sum % 11);
        return check == 10 ? null : check;
    }
}
