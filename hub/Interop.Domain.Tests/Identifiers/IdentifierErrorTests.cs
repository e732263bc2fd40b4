using System.Text.RegularExpressions;
using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed partial class IdentifierErrorTests
{
    [Fact]
    public void Code_is_a_distinct_upper_snake_string_for_every_reason()
    {
        var codes = Enum.GetValues<IdentifierReason>()
            .Where(reason => reason != IdentifierReason.Unspecified)
            .Select(reason => new IdentifierError(reason, "m").Code)
            .ToList();

        Assert.All(codes, code => Assert.Matches(UpperSnake(), code));
        Assert.DoesNotContain("UNSPECIFIED", codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [GeneratedRegex("^[A-Z]+(_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnake();
}
