using System.Text;

namespace Interop.Adapters.Sdk.Text;

/// <summary>
/// Legacy Vietnamese text across the adapter's edge: bytes of TCVN3 or VNI to Unicode NFC and back.
/// Decoding matches the longest byte sequence of a letter first, takes other bytes below 0x80 as
/// ASCII, and refuses any other byte; what decodes must also read as Vietnamese
/// (<see cref="VietnameseSpelling"/>), or it was text of another encoding. Encoding refuses a
/// character the encoding has no bytes for, and a sequence that would read back as another letter
/// (TCVN3 "A" then "à" reads as "À").
/// </summary>
public static class LegacyTextCodec
{
    private static readonly Dictionary<char, int> IndexOfLetter = LegacyLetters.All
        .Select((letter, index) => (letter.Letter, index)).ToDictionary(p => p.Letter, p => p.index);

    private static readonly Table Tcvn3 = new(LegacyEncoding.Tcvn3);
    private static readonly Table Vni = new(LegacyEncoding.Vni);

    /// <summary>The text the bytes hold, in NFC; throws <see cref="LegacyTextException"/> when they are not text of that encoding.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, LegacyEncoding encoding)
    {
        var text = TableOf(encoding).Decode(bytes);
        if (VietnameseSpelling.FirstImplausibleWord(text) is { } word)
        {
            throw new LegacyTextException(
                LegacyTextException.WrongEncoding,
                $"The text does not read as Vietnamese in {encoding} (the word at character {word.Index}); it is most likely in another encoding.",
                word.Index);
        }

        return text;
    }

    /// <summary>The bytes of the text in that encoding; throws <see cref="LegacyTextException"/> for a character it cannot hold.</summary>
    public static byte[] Encode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormC);
        var table = TableOf(encoding);
        var bytes = new List<byte>(normalized.Length + 16);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (IsPlainAscii(c))
            {
                bytes.Add((byte)c);
            }
            else if (IndexOfLetter.TryGetValue(c, out var index))
            {
                bytes.AddRange(LegacyLetters.BytesOf(index, encoding));
            }
            else
            {
                throw new LegacyTextException(
                    LegacyTextException.NotEncodable,
                    $"{encoding} has no bytes for the character U+{(int)c:X4} at {i}.",
                    i);
            }
        }

        var encoded = bytes.ToArray();
        var readBack = table.Decode(encoded);
        if (!string.Equals(readBack, normalized, StringComparison.Ordinal))
        {
            var at = FirstDifference(readBack, normalized);
            throw new LegacyTextException(
                LegacyTextException.NotEncodable,
                $"In {encoding} the text would read back as other letters from character {at} (a capital followed by an accented small letter, or a letter followed by one that starts with a mark).",
                at);
        }

        return encoded;
    }

    /// <summary>ASCII text and the three whitespace controls a legacy file holds; other controls are not text.</summary>
    internal static bool IsPlainAscii(int c) => c is >= 0x20 and < 0x7F or '\t' or '\r' or '\n';

    private static Table TableOf(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => Tcvn3,
        LegacyEncoding.Vni => Vni,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a legacy encoding."),
    };

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>An encoding's letters by their first byte, longest sequence first.</summary>
    private sealed class Table
    {
        private readonly (byte[] Bytes, char Letter)[][] byFirstByte = new (byte[], char)[256][];

        public Table(LegacyEncoding encoding)
        {
            var groups = LegacyLetters.All
                .Select((letter, index) => (Bytes: LegacyLetters.BytesOf(index, encoding), letter.Letter))
                .GroupBy(l => l.Bytes[0]);
            foreach (var group in groups)
            {
                byFirstByte[group.Key] = [.. group.OrderByDescending(l => l.Bytes.Length)];
            }

            Encoding = encoding;
        }

        public LegacyEncoding Encoding { get; }

        public string Decode(ReadOnlySpan<byte> bytes)
        {
            var text = new StringBuilder(bytes.Length);
            var i = 0;
            while (i < bytes.Length)
            {
                if (Match(bytes[i..]) is { } letter)
                {
                    text.Append(letter.Letter);
                    i += letter.Length;
                }
                else if (IsPlainAscii(bytes[i]))
                {
                    text.Append((char)bytes[i]);
                    i++;
                }
                else
                {
                    throw new LegacyTextException(
                        LegacyTextException.NotDecodable,
                        $"The byte 0x{bytes[i]:X2} at offset {i} is not text in {Encoding}.",
                        i);
                }
            }

            return text.ToString();
        }

        private (char Letter, int Length)? Match(ReadOnlySpan<byte> rest)
        {
            if (byFirstByte[rest[0]] is not { } candidates)
            {
                return null;
            }

            foreach (var (sequence, letter) in candidates)
            {
                if (rest.StartsWith(sequence))
                {
                    return (letter, sequence.Length);
                }
            }

            return null;
        }
    }
}
