using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class PersonalIdNumberTests
{
    [Theory]
    [InlineData("001090001234", "01", "Thành phố Hà Nội", Sex.Male, 1990)]
    [InlineData("079305012345", "79", "Thành phố Hồ Chí Minh", Sex.Female, 2005)]
    [InlineData("064199000001", "64", "Tỉnh Gia Lai", Sex.Female, 1999)]
    [InlineData("052200000000", "52", "Tỉnh Bình Định", Sex.Male, 2000)]
    [InlineData("096400999999", "96", "Tỉnh Cà Mau", Sex.Male, 2100)]
    [InlineData("096999000000", "96", "Tỉnh Cà Mau", Sex.Female, 2399)]
    public void Parse_exposes_province_sex_and_birth_year(string text, string province, string provinceName, Sex sex, int birthYear)
    {
        var id = PersonalIdNumber.Parse(text).Value!;

        Assert.Equal(province, id.BirthRegistrationProvince.Code);
        Assert.Equal(provinceName, id.BirthRegistrationProvince.Name);
        Assert.Equal("0" + province, id.ProvinceCode);
        Assert.Equal(sex, id.Sex);
        Assert.Equal(birthYear, id.BirthYear);
    }

    [Fact]
    public void ToString_masks_all_but_the_last_three_digits() =>
        Assert.Equal("*********234", PersonalIdNumber.Parse("001090001234").Value!.ToString());

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData("00109000123", IdentifierReason.Length)]
    [InlineData("0010900012345", IdentifierReason.Length)]
    [InlineData("001090001234 ", IdentifierReason.NotDigits)]
    [InlineData("001 090 001 234", IdentifierReason.NotDigits)]
    [InlineData("00109000123A", IdentifierReason.NotDigits)]
    [InlineData("００１０９０００１２３４", IdentifierReason.NotDigits)]
    [InlineData("000090001234", IdentifierReason.UnknownProvince)]
    [InlineData("003090001234", IdentifierReason.UnknownProvince)]
    [InlineData("028090001234", IdentifierReason.UnknownProvince)]
    [InlineData("097090001234", IdentifierReason.UnknownProvince)]
    [InlineData("101090001234", IdentifierReason.UnknownProvince)]
    [InlineData("999090001234", IdentifierReason.UnknownProvince)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = PersonalIdNumber.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }

    [Fact]
    public void Parse_error_message_never_quotes_the_number()
    {
        var parsed = PersonalIdNumber.Parse("097090001234");

        Assert.DoesNotContain("097090001234", parsed.Error!.Message, StringComparison.Ordinal);
    }
}
