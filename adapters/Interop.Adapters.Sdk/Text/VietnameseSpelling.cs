using System.Text;

namespace Interop.Adapters.Sdk.Text;

/// <summary>
/// Whether decoded legacy text reads as Vietnamese: the check that tells text of the wrong encoding
/// from the right one, since most bytes of one 8-bit encoding also decode in the other (VNI "à",
/// <c>61 F8</c>, reads in TCVN3 as "aứ"). Only words with an accented letter are judged, so codes,
/// numbers and unaccented or foreign words pass. In such a word each vowel group is one of the nuclei
/// Vietnamese spelling has (after the onsets "qu" and "gi") with at most one tone mark.
/// </summary>
public static class VietnameseSpelling
{
    // The vowel nuclei of Vietnamese syllables, without tone marks.
    private static readonly HashSet<string> Nuclei = new(StringComparer.Ordinal)
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ôô",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ưu", "ươ", "uy", "ya", "yê",
        "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu", "uêu",
    };

    private const string Vowels = "aăâeêioôơuưy";

    /// <summary>The first word with an accented letter that is not a Vietnamese syllable, or null when the text reads as Vietnamese.</summary>
    public static (int Index, string Word)? FirstImplausibleWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            if (!IsAscii(word) && !IsPlausibleWord(word))
            {
                return (start, word);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an accented word reads as Vietnamese: each of its vowel groups a nucleus with at most one
    /// tone mark. A word of several groups passes when each does (names of the Central Highlands such as
    /// "Rơmah" are written as one word).
    /// </summary>
    public static bool IsPlausibleWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = new char[word.Length];
        var toned = new bool[word.Length];
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            (letters[i], toned[i]) = WithoutTone(lower[i]);
        }

        var bare = new string(letters);
        var i0 = bare.StartsWith("qu", StringComparison.Ordinal) || bare.StartsWith("gi", StringComparison.Ordinal) ? 2 : 0;
        if (i0 == 2 && (bare.Length == 2 || !IsVowel(bare[2])))
        {
            // "gì", "gìn": the i is the nucleus, not part of the onset.
            i0 = 0;
        }

        for (var i = i0; i < bare.Length;)
        {
            if (!IsVowel(bare[i]))
            {
                if (toned[i])
                {
                    return false;
                }

                i++;
                continue;
            }

            var start = i;
            var tones = 0;
            while (i < bare.Length && IsVowel(bare[i]))
            {
                tones += toned[i] ? 1 : 0;
                i++;
            }

            if (tones > 1 || !Nuclei.Contains(bare[start..i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string word) => word.All(c => c < 0x80);

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    /// <summary>The letter without its tone mark (keeping the breve, circumflex and horn), and whether it had one.</summary>
    private static (char Letter, bool Toned) WithoutTone(char c)
    {
        if (c == 'đ')
        {
            return (c, false);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(2);
        var toned = false;
        foreach (var part in decomposed)
        {
            // U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook above, U+0323 dot below: the five tones.
            if (part is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                toned = true;
            }
            else
            {
                kept.Append(part);
            }
        }

        var letter = kept.ToString().Normalize(NormalizationForm.FormC);
        return (letter.Length == 1 ? letter[0] : c, toned);
    }
}
