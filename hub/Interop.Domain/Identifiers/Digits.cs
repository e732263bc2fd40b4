namespace Interop.Domain.Identifiers;

/// <summary>ASCII digit checks; char.IsDigit would accept other scripts' digits, which no register issues.</summary>
internal static class Digits
{
    public static bool All(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    public static int Value(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
