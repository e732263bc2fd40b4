using System.Globalization;
using System.Reflection;

namespace Interop.Adapters.Sdk.Text;

/// <summary>
/// The 134 accented Vietnamese letters and their bytes in TCVN3 and VNI-Windows, read from the
/// embedded table (<c>vietnamese-legacy.tsv</c>: letter, code point, TCVN3 bytes, VNI bytes, in hex).
/// </summary>
/// <remarks>
/// One correction to the table: it gives VNI "ỹ" and "Ỹ" the single bytes EC and CC, which it also
/// gives "ì" and "Ì", so those bytes could not be read back. VNI writes a tilde as the base letter and
/// the mark F5 (D5 after a capital), as it does for ã, õ and ũ; so ỹ is 79 F5 and Ỹ is 59 D5 here, and
/// EC and CC read as ì and Ì.
/// </remarks>
internal static class LegacyLetters
{
    public static readonly IReadOnlyList<(char Letter, byte[] Tcvn3, byte[] Vni)> All = Load();

    public static byte[] BytesOf(int index, LegacyEncoding encoding)
        => encoding == LegacyEncoding.Tcvn3 ? All[index].Tcvn3 : All[index].Vni;

    private static List<(char, byte[], byte[])> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("vietnamese-legacy.tsv")
            ?? throw new InvalidOperationException("The embedded table vietnamese-legacy.tsv is missing.");
        using var reader = new StreamReader(stream);
        var letters = new List<(char, byte[], byte[])>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            var letter = columns[0].Normalize(System.Text.NormalizationForm.FormC)[0];
            var vni = letter switch
            {
                'ỹ' => [0x79, 0xF5],
                'Ỹ' => [0x59, 0xD5],
                _ => Hex(columns[3]),
            };
            letters.Add((letter, Hex(columns[2]), vni));
        }

        return letters;
    }

    private static byte[] Hex(string bytes)
        => [.. bytes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
}
