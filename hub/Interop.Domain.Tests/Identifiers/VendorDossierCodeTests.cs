using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class VendorDossierCodeTests
{
    [Fact]
    public void Parse_accepts_the_vendor_variant_refused_as_a_national_code()
    {
        var parsed = VendorDossierCode.Parse("H21.129-250812-0035");

        Assert.True(parsed.IsValid, parsed.ToString());
        Assert.Equal("H21.129-250812-0035", parsed.Value.Value);
    }

    [Theory]
    [InlineData("000.00.06.H56-231027-0361")]
    [InlineData("HS 2025/000123")]
    [InlineData("Hồ-sơ-số-7")]
    [InlineData("x")]
    public void Parse_accepts_printable_text(string text) => Assert.True(VendorDossierCode.Parse(text).IsValid);

    [Fact]
    public void Parse_accepts_exactly_max_length() =>
        Assert.True(VendorDossierCode.Parse(new string('A', VendorDossierCode.MaxLength)).IsValid);

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData(" H21.129-250812-0035", IdentifierReason.SurroundingWhitespace)]
    [InlineData("H21.129-250812-0035 ", IdentifierReason.SurroundingWhitespace)]
    [InlineData("H21.129-250812-0035\u00A0", IdentifierReason.SurroundingWhitespace)]
    [InlineData("H21\t129", IdentifierReason.NotPrintable)]
    [InlineData("H21.129\n", IdentifierReason.NotPrintable)]
    [InlineData("H21\u0000129", IdentifierReason.NotPrintable)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = VendorDossierCode.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }

    // Attribute arguments cannot carry a lone surrogate (it is replaced by U+FFFD), so these are built at run time.
    [Theory]
    [InlineData(0xD800, "H21", "129")]
    [InlineData(0xDC00, "H21", "")]
    [InlineData(0xDBFF, "", "")]
    public void Parse_refuses_an_unpaired_surrogate(int surrogate, string before, string after)
    {
        var parsed = VendorDossierCode.Parse(before + (char)surrogate + after);

        Assert.Equal(IdentifierReason.NotPrintable, parsed.Error!.Reason);
    }

    [Fact]
    public void Parse_accepts_a_surrogate_pair() => Assert.True(VendorDossierCode.Parse("HS-\U0001F4C4").IsValid);

    [Fact]
    public void Parse_refuses_one_past_max_length()
    {
        var parsed = VendorDossierCode.Parse(new string('A', VendorDossierCode.MaxLength + 1));

        Assert.Equal(IdentifierReason.TooLong, parsed.Error!.Reason);
    }
}
