using Interop.Domain.Units;

namespace Interop.Domain.Tests.Units;

public sealed class SuccessionTests
{
    private static readonly AdministrativeUnits Catalogue = AdministrativeUnits.Shipped;

    [Fact]
    public void SuccessionOf_a_2025_unit_is_no_later_list() =>
        Assert.Equal(SuccessionStatus.NoLaterList, Catalogue.SuccessionOf(Catalogue.Find("52", UnitListEdition.List2025)!).Status);

    [Fact]
    public void SuccessionOf_a_district_is_level_abolished() =>
        Assert.Equal(SuccessionStatus.LevelAbolished, Catalogue.SuccessionOf(Catalogue.Find("622", UnitListEdition.List2004)!).Status);

    [Fact]
    public void SuccessionOf_a_province_that_kept_its_code_is_known_from_the_crosswalk()
    {
        var succession = Catalogue.SuccessionOf(Catalogue.Find("52", UnitListEdition.List2004)!);

        Assert.Equal("Tỉnh Gia Lai", Assert.Single(succession.Successors).Name);
    }

    [Fact]
    public void WithCrosswalk_answers_commune_successions_and_leaves_the_original_unchanged()
    {
        var communes = new UnitCrosswalk("test", UnitLevel.Commune, UnitLevel.Commune, [new("23560", "23563")]);

        var extended = Catalogue.WithCrosswalk(communes);

        var oldDienHong = Catalogue.Find("23560", UnitListEdition.List2004)!;
        Assert.Equal("Phường Diên Hồng", Assert.Single(extended.SuccessionOf(oldDienHong).Successors).Name);
        Assert.Equal(SuccessionStatus.Unknown, Catalogue.SuccessionOf(oldDienHong).Status);
        Assert.Equal(Catalogue.Crosswalks.Length + 1, extended.Crosswalks.Length);
    }

    [Fact]
    public void WithCrosswalk_lists_every_part_of_a_split_unit()
    {
        var split = new UnitCrosswalk("test", UnitLevel.Commune, UnitLevel.Commune, [new("23563", "23563"), new("23563", "00004")]);

        var successors = Catalogue.WithCrosswalk(split).SuccessionOf(Catalogue.Find("23563", UnitListEdition.List2004)!).Successors;

        Assert.Equal(["23563", "00004"], successors.Select(unit => unit.Code));
    }

    [Fact]
    public void WithCrosswalk_can_map_an_abolished_district_to_a_commune()
    {
        var districts = new UnitCrosswalk("test", UnitLevel.District, UnitLevel.Commune, [new("755", "26732")]);

        var succession = Catalogue.WithCrosswalk(districts).SuccessionOf(Catalogue.Find("755", UnitListEdition.List2004)!);

        Assert.Equal("Đặc khu Côn Đảo", Assert.Single(succession.Successors).Name);
    }

    [Theory]
    [InlineData("99999", "23563")]
    [InlineData("23560", "99999")]
    [InlineData("64", "23563")]
    [InlineData("23560", "52")]
    public void WithCrosswalk_throws_when_a_row_is_not_a_unit_of_the_stated_tier(string oldCode, string newCode)
    {
        var bad = new UnitCrosswalk("test", UnitLevel.Commune, UnitLevel.Commune, [new(oldCode, newCode)]);

        Assert.Throws<ArgumentException>(() => Catalogue.WithCrosswalk(bad));
    }
}
