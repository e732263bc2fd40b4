using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class TaxCodeTests
{
    [Fact]
    public void Parse_accepts_a_ten_digit_code_with_its_check_digit()
    {
        // 0+29+0+0+17+0+63+5+0 = 114; 114 mod 11 = 4; 10 - 4 = 6.
        var code = TaxCode.Parse("0100109106").Value!;

        Assert.Equal(TaxCodeKind.TenDigit, code.Kind);
        Assert.Equal("0100109106", code.TaxpayerCode);
        Assert.Null(code.DependentUnitSuffix);
    }

    [Fact]
    public void Parse_accepts_check_digit_0_when_the_remainder_is_10()
    {
        // 31*1 + 3*4 = 43; 43 mod 11 = 10; 10 - 10 = 0.
        Assert.True(TaxCode.Parse("1000000040").IsValid);
    }

    [Fact]
    public void Parse_refuses_a_prefix_whose_formula_gives_10()
    {
        // 31*1 + 3*8 = 55; 55 mod 11 = 0; 10 - 0 = 10, which no digit can carry: neither 0 nor anything else is accepted.
        Assert.All(
            Enumerable.Range(0, 10).Select(check => TaxCode.Parse($"100000008{check}")),
            parsed => Assert.Equal(IdentifierReason.CheckDigitImpossible, parsed.Error!.Reason));
    }

    [Fact]
    public void Parse_reads_a_dependent_unit_code()
    {
        var code = TaxCode.Parse("0100109106-001").Value!;

        Assert.Equal(TaxCodeKind.DependentUnit, code.Kind);
        Assert.Equal("0100109106", code.TaxpayerCode);
        Assert.Equal("001", code.DependentUnitSuffix);
    }

    [Fact]
    public void Parse_accepts_a_personal_id_as_an_individuals_tax_code()
    {
        var code = TaxCode.Parse("001090001234").Value!;

        Assert.Equal(TaxCodeKind.PersonalId, code.Kind);
        Assert.Equal("01", code.PersonalId!.BirthRegistrationProvince.Code);
        Assert.Equal("*********234", code.ToString());
    }

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData("0100109107", IdentifierReason.Checksum)]
    [InlineData("1100109106", IdentifierReason.Checksum)]
    [InlineData("0100109116", IdentifierReason.Checksum)]
    [InlineData("0100109107-001", IdentifierReason.Checksum)]
    [InlineData("0000000000", IdentifierReason.CheckDigitImpossible)]
    [InlineData("0100109106-000", IdentifierReason.ZeroBranch)]
    [InlineData("010010910", IdentifierReason.Length)]
    [InlineData("01001091060", IdentifierReason.Length)]
    [InlineData("0100109106001", IdentifierReason.Length)]
    [InlineData("01001091060010", IdentifierReason.Length)]
    [InlineData("0100109106-01", IdentifierReason.NotDigits)]
    [InlineData("0100109106-0001", IdentifierReason.NotDigits)]
    [InlineData("0100109106 001", IdentifierReason.NotDigits)]
    [InlineData("0100109106-00A", IdentifierReason.NotDigits)]
    [InlineData("01-00109106", IdentifierReason.NotDigits)]
    [InlineData("0100109106 ", IdentifierReason.NotDigits)]
    [InlineData("097090001234", IdentifierReason.UnknownProvince)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = TaxCode.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }
}
