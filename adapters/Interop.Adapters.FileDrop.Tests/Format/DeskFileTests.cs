using CsCheck;
using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.Sdk.Text;

namespace Interop.Adapters.FileDrop.Tests.Format;

public sealed class DeskFileTests
{
    public static TheoryData<DeskFileLayout, LegacyEncoding> Formats => new()
    {
        { DeskFileLayout.Csv, LegacyEncoding.Tcvn3 },
        { DeskFileLayout.Csv, LegacyEncoding.Vni },
        { DeskFileLayout.FixedWidth, LegacyEncoding.Tcvn3 },
        { DeskFileLayout.FixedWidth, LegacyEncoding.Vni },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Records_written_to_a_desk_file_read_back_unchanged_in_every_field(DeskFileLayout layout, LegacyEncoding encoding)
    {
        DeskRecordGen.Record.Array[1, 20].Sample(records =>
        {
            var content = DeskFile.Read(DeskFile.Write(records, layout, encoding), layout, encoding);

            Assert.False(content.IncompleteTail);
            Assert.Null(content.FileProblem);
            Assert.All(content.Lines, line => Assert.Null(line.Problem));
            Assert.Equal(records, content.Lines.Select(line => line.Record!));
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_cut_inside_a_line_gives_its_complete_lines_and_says_so(DeskFileLayout layout, LegacyEncoding encoding)
    {
        DeskRecordGen.Record.Array[3].Sample(records =>
        {
            var bytes = DeskFile.Write(records, layout, encoding);

            var content = DeskFile.Read(bytes.AsSpan(0, bytes.Length - 7), layout, encoding);

            Assert.True(content.IncompleteTail);
            Assert.Equal(records[..2], content.Lines.Select(line => line.Record!));
        }, iter: 50);
    }

    [Fact]
    public void A_vni_file_read_as_tcvn3_parks_each_line_at_its_first_accented_column_and_reads_no_text()
    {
        var record = Sample() with { OwnerName = "Nguyễn Thị Hồng Nhung", OwnerAddress = "12 đường Trần Hưng Đạo" };

        var content = DeskFile.Read(DeskFile.Write([record], DeskFileLayout.Csv, LegacyEncoding.Vni), DeskFileLayout.Csv, LegacyEncoding.Tcvn3);

        var line = Assert.Single(content.Lines);
        Assert.Null(line.Record);
        Assert.Equal(("HoTenChuHoSo", record.ReceiptNumber), (line.Problem!.Field, line.ReceiptNumber));
        Assert.Contains(line.Problem.Reason, new[] { LegacyTextException.WrongEncoding, LegacyTextException.NotDecodable });
        Assert.DoesNotContain("Nguy", line.Problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NgayNhan", "31/02/2025", FileDropReasons.FieldInvalid)]
    [InlineData("GioNhan", "8h30", FileDropReasons.FieldInvalid)]
    [InlineData("TrangThai", "12", FileDropReasons.FieldInvalid)]
    [InlineData("NgayCapNhat", "2025-06-01 08:00:00", FileDropReasons.FieldInvalid)]
    [InlineData("HoTenChuHoSo", "", FileDropReasons.FieldMissing)]
    public void A_line_with_a_bad_field_is_parked_with_its_column_and_the_other_lines_are_read(string column, string value, string reason)
    {
        var good = Sample();
        var bytes = DeskFile.Write([good, good with { ReceiptNumber = "BN-2" }], DeskFileLayout.Csv, LegacyEncoding.Tcvn3);
        var text = System.Text.Encoding.Latin1.GetString(bytes).Split("\r\n");
        var fields = text[2].Split(';');
        fields[Array.FindIndex(DeskColumns.All, c => c.Name == column)] = value;
        text[2] = string.Join(';', fields);

        var content = DeskFile.Read(System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", text)), DeskFileLayout.Csv, LegacyEncoding.Tcvn3);

        Assert.Equal(good, content.Lines[0].Record);
        Assert.Equal((reason, column, "BN-2"), (content.Lines[1].Problem!.Reason, content.Lines[1].Problem!.Field, content.Lines[1].ReceiptNumber));
    }

    [Fact]
    public void Writing_refuses_a_character_the_encoding_lacks_and_a_value_wider_than_its_column_naming_the_column()
    {
        var euro = Assert.Throws<Sdk.Mapping.MappingException>(() => DeskFile.Write([Sample() with { Summary = "Lệ phí 25.000 €" }], DeskFileLayout.Csv, LegacyEncoding.Vni));
        Assert.Equal((LegacyTextException.NotEncodable, "TrichYeu"), (euro.Problem.Reason, euro.Problem.Field));

        var wide = Assert.Throws<Sdk.Mapping.MappingException>(() => DeskFile.Write([Sample() with { OwnerName = string.Join(' ', Enumerable.Repeat("Nguyễn", 12)) }], DeskFileLayout.FixedWidth, LegacyEncoding.Vni));
        Assert.Equal((FileDropReasons.FieldTooLong, "HoTenChuHoSo"), (wide.Problem.Reason, wide.Problem.Field));
    }

    [Fact]
    public void A_csv_file_with_another_header_is_refused_whole()
    {
        var content = DeskFile.Read("SoBienNhan;NgayNhan\r\nBN-1;01/06/2025\r\n"u8, DeskFileLayout.Csv, LegacyEncoding.Tcvn3);

        Assert.Empty(content.Lines);
        Assert.Equal("header", content.FileProblem!.Field);
    }

    private static DeskRecord Sample() => new(
        "BN-1", new DateTime(2025, 6, 2, 8, 30, 0), new DateOnly(2025, 6, 20), "1.004227", "TH1", "Trần Văn Bình", "064090001234",
        "Thôn 3, xã Ia Grai", "23563", "Đăng ký biến động đất đai", "CB01", DeskStatus.Received, new DateTime(2025, 6, 2, 8, 31, 5));
}
