using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class LegacyIdNumberTests
{
    [Theory]
    [InlineData("123456789")]
    [InlineData("000000000")]
    public void Parse_accepts_any_nine_digits(string text) => Assert.Equal(text, LegacyIdNumber.Parse(text).Value!.Value);

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData("12345678", IdentifierReason.Length)]
    [InlineData("001090001234", IdentifierReason.Length)]
    [InlineData("12345678X", IdentifierReason.NotDigits)]
    [InlineData(" 123456789", IdentifierReason.NotDigits)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = LegacyIdNumber.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }
}
