using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class ProcedureCodeTests
{
    [Fact]
    public void Parse_accepts_a_national_code()
    {
        var code = ProcedureCode.Parse("1.001612").Value!;

        Assert.Equal("1.001612", code.NationalCode);
        Assert.False(code.IsLocalVariant);
        Assert.Null(code.LocalAgency);
    }

    [Fact]
    public void Parse_splits_a_local_variant_into_national_code_and_agency()
    {
        var code = ProcedureCode.Parse("2.000477.000.00.00.H56").Value!;

        Assert.Equal("2.000477", code.NationalCode);
        Assert.True(code.IsLocalVariant);
        Assert.Equal("000.00.00.H56", code.LocalAgency!.Value);
        Assert.Equal("2.000477.000.00.00.H56", code.Value);
    }

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData("1.00161", IdentifierReason.WrongShape)]
    [InlineData("1001612", IdentifierReason.WrongShape)]
    [InlineData("1.0016123", IdentifierReason.WrongShape)]
    [InlineData("A.001612", IdentifierReason.WrongShape)]
    [InlineData("1,001612", IdentifierReason.WrongShape)]
    [InlineData("1.00161a", IdentifierReason.WrongShape)]
    [InlineData("2.000477-000.00.00.H56", IdentifierReason.WrongShape)]
    [InlineData("2.000477.", IdentifierReason.BadAgencyId)]
    [InlineData("2.000477.H56", IdentifierReason.BadAgencyId)]
    [InlineData("2.000477.000.00.00.h56", IdentifierReason.BadAgencyId)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = ProcedureCode.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }
}
