using Interop.Domain.Units;

namespace Interop.Domain.Tests.Units;

public sealed class UnitListEditionsTests
{
    [Theory]
    [InlineData(1990, 1, 1, UnitListEdition.List2004)]
    [InlineData(2025, 6, 30, UnitListEdition.List2004)]
    [InlineData(2025, 7, 1, UnitListEdition.List2025)]
    [InlineData(2099, 12, 31, UnitListEdition.List2025)]
    public void InForceOn_switches_editions_at_2025_07_01(int year, int month, int day, UnitListEdition expected) =>
        Assert.Equal(expected, UnitListEditions.InForceOn(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(UnitListEdition.List2004, "QĐ 124/2004/QĐ-TTg")]
    [InlineData(UnitListEdition.List2025, "QĐ 19/2025/QĐ-TTg")]
    public void DecisionOf_names_the_issuing_decision(UnitListEdition edition, string expected) =>
        Assert.Equal(expected, UnitListEditions.DecisionOf(edition));

    [Fact]
    public void ValidityOf_throws_for_an_undefined_edition() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitListEditions.ValidityOf(UnitListEdition.Unspecified));
}
