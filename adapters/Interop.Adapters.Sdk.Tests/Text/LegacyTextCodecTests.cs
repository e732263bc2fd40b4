using System.Globalization;
using System.Text;
using Interop.Adapters.Sdk.Text;

namespace Interop.Adapters.Sdk.Tests.Text;

public sealed class LegacyTextCodecTests
{
    public static TheoryData<LegacyEncoding> Encodings => [LegacyEncoding.Tcvn3, LegacyEncoding.Vni];

    // Text as the desks write it: names, addresses, procedures, the highlands' names, words with every onset rule.
    public static readonly string[] Sentences =
    [
        "Nguyễn Thị Hồng Nhung, 12 đường Trần Hưng Đạo, phường Diên Hồng, tỉnh Gia Lai",
        "ĐĂNG KÝ BIẾN ĐỘNG QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT",
        "Ủy ban nhân dân xã Ia Grai; người nhận: Rơmah Đêl, Ksor H'Ben",
        "Giữ gìn khuỷu tay, quốc lộ 14, ngoằn ngoèo, khoẻ, thuở ấy, hoà, Huế, yêu, người ươm tơ",
        "Số biên nhận 000.00.01.H21-251202-0001 ngày 02/12/2025; lệ phí 25.000 đồng",
        "Lê Văn Ất, Phạm Thị Ửng, Đỗ Ỷ, Ông Ỵ, Ỳ, Ỹ, ÂU",
    ];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_one_of_the_134_accented_letters_encodes_to_its_bytes_and_reads_back(LegacyEncoding encoding)
    {
        var rows = TableRows();
        Assert.Equal(134, rows.Count);
        foreach (var (letter, tcvn3, vni) in rows)
        {
            var expected = encoding == LegacyEncoding.Tcvn3 ? tcvn3 : VniOf(letter, vni);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(LegacyTextCodec.Encode(letter, encoding)));
            Assert.Equal(letter, LegacyTextCodec.Decode(expected, encoding));
        }
    }

    [Fact]
    public void The_table_s_vni_bytes_of_y_tilde_are_those_of_i_grave_and_read_as_i_grave()
    {
        var rows = TableRows().ToDictionary(r => r.Letter, r => r.Vni);

        Assert.Equal(rows["ì"], rows["ỹ"]);
        Assert.Equal(rows["Ì"], rows["Ỹ"]);
        Assert.Equal("ì", LegacyTextCodec.Decode(rows["ỹ"], LegacyEncoding.Vni));
        Assert.Equal("Ì", LegacyTextCodec.Decode(rows["Ỹ"], LegacyEncoding.Vni));
        Assert.Equal("ỹ", LegacyTextCodec.Decode([0x79, 0xF5], LegacyEncoding.Vni));
        Assert.Equal("Ỹ", LegacyTextCodec.Decode([0x59, 0xD5], LegacyEncoding.Vni));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Vietnamese_text_round_trips_unchanged_and_decomposed_input_encodes_as_composed(LegacyEncoding encoding)
    {
        foreach (var sentence in Sentences)
        {
            var bytes = LegacyTextCodec.Encode(sentence, encoding);

            Assert.Equal(sentence, LegacyTextCodec.Decode(bytes, encoding));
            Assert.True(LegacyTextCodec.Decode(bytes, encoding).IsNormalized(NormalizationForm.FormC));
            Assert.Equal(bytes, LegacyTextCodec.Encode(sentence.Normalize(NormalizationForm.FormD), encoding));
        }
    }

    [Theory]
    [InlineData(LegacyEncoding.Vni, LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Tcvn3, LegacyEncoding.Vni)]
    public void Text_of_the_other_legacy_encoding_is_refused_never_read_as_mojibake(LegacyEncoding written, LegacyEncoding declared)
    {
        foreach (var sentence in Sentences)
        {
            var bytes = LegacyTextCodec.Encode(sentence, written);

            var refused = Assert.Throws<LegacyTextException>(() => LegacyTextCodec.Decode(bytes, declared));

            Assert.Contains(refused.Reason, new[] { LegacyTextException.WrongEncoding, LegacyTextException.NotDecodable });
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf8_text_declared_legacy_is_refused(LegacyEncoding declared)
    {
        foreach (var sentence in Sentences)
        {
            var refused = Assert.Throws<LegacyTextException>(() => LegacyTextCodec.Decode(Encoding.UTF8.GetBytes(sentence), declared));

            Assert.Contains(refused.Reason, new[] { LegacyTextException.WrongEncoding, LegacyTextException.NotDecodable });
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_character_the_encoding_cannot_hold_is_refused_with_its_place(LegacyEncoding encoding)
    {
        var refused = Assert.Throws<LegacyTextException>(() => LegacyTextCodec.Encode("Phí 25.000 € (Ç)", encoding));

        Assert.Equal(LegacyTextException.NotEncodable, refused.Reason);
        Assert.Equal(11, refused.Offset);
        Assert.Contains("U+20AC", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_before_an_accented_small_letter_is_refused_in_tcvn3_where_it_would_read_as_one_letter()
    {
        var refused = Assert.Throws<LegacyTextException>(() => LegacyTextCodec.Encode("XAà", LegacyEncoding.Tcvn3));

        Assert.Equal(LegacyTextException.NotEncodable, refused.Reason);
        Assert.Equal(1, refused.Offset);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_byte_that_is_no_letter_and_a_control_byte_are_refused_with_their_offset(LegacyEncoding encoding)
    {
        var notText = Assert.Throws<LegacyTextException>(() => LegacyTextCodec.Decode([0x41, 0x42, 0x00, 0x43], encoding));

        Assert.Equal(LegacyTextException.NotDecodable, notText.Reason);
        Assert.Equal(2, notText.Offset);
    }

    private static List<(string Letter, byte[] Tcvn3, byte[] Vni)> TableRows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "vietnamese-legacy.tsv");
        return [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(c => (c[0], Hex(c[2]), Hex(c[3])))];
    }

    // The one correction the codec makes to the table (LegacyLetters): VNI ỹ and Ỹ as base letter and tilde mark.
    private static byte[] VniOf(string letter, byte[] table) => letter switch
    {
        "ỹ" => [0x79, 0xF5],
        "Ỹ" => [0x59, 0xD5],
        _ => table,
    };

    private static byte[] Hex(string bytes)
        => [.. bytes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];
}
