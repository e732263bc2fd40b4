using Interop.Domain.Units;

namespace Interop.Domain.Tests.Units;

public sealed class AdministrativeUnitsTests
{
    private static readonly AdministrativeUnits Catalogue = AdministrativeUnits.Shipped;

    [Fact]
    public void Shipped_is_loaded_once_and_shared() => Assert.Same(AdministrativeUnits.Shipped, AdministrativeUnits.Shipped);

    [Fact]
    public void Find_reads_the_tier_and_parents_from_the_list()
    {
        var commune = Catalogue.Find("23563", UnitListEdition.List2004)!;
        var district = Catalogue.Find(commune.DistrictCode!, UnitListEdition.List2004)!;

        Assert.Equal((UnitLevel.Commune, "64", "622"), (commune.Level, commune.ProvinceCode, commune.ParentCode));
        Assert.Equal(("Thành phố Pleiku", UnitLevel.District, "64"), (district.Name, district.Level, district.ParentCode));
        Assert.Null(Catalogue.Find("64", UnitListEdition.List2004)!.ParentCode);
    }

    [Fact]
    public void Find_gives_a_2025_commune_its_province_as_parent()
    {
        var commune = Catalogue.Find("23563", UnitListEdition.List2025)!;

        Assert.Equal(("52", null, "52"), (commune.ProvinceCode, commune.DistrictCode, commune.ParentCode));
    }

    [Theory]
    [InlineData("64", UnitListEdition.List2025)]
    [InlineData("622", UnitListEdition.List2025)]
    [InlineData("99", UnitListEdition.List2004)]
    [InlineData("2356", UnitListEdition.List2004)]
    [InlineData("", UnitListEdition.List2004)]
    [InlineData("52", UnitListEdition.Unspecified)]
    public void Find_returns_null_when_the_edition_has_no_such_code(string code, UnitListEdition edition) =>
        Assert.Null(Catalogue.Find(code, edition));

    [Fact]
    public void FindOn_returns_null_when_the_tier_differs() =>
        Assert.Null(Catalogue.FindOn("52", UnitLevel.Commune, new DateOnly(2025, 7, 1)));

    [Fact]
    public void FindOn_finds_no_district_from_2025_07_01()
    {
        Assert.NotNull(Catalogue.FindOn("622", UnitLevel.District, new DateOnly(2025, 6, 30)));
        Assert.Null(Catalogue.FindOn("622", UnitLevel.District, new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Validity_of_a_unit_is_that_of_its_edition()
    {
        var binhDinh = Catalogue.Find("52", UnitListEdition.List2004)!;
        var giaLai = Catalogue.Find("52", UnitListEdition.List2025)!;

        Assert.Equal(new ValidityPeriod(null, new DateOnly(2025, 6, 30)), binhDinh.Validity);
        Assert.Equal(new ValidityPeriod(new DateOnly(2025, 7, 1), null), giaLai.Validity);
        Assert.False(binhDinh.Validity.Contains(new DateOnly(2025, 7, 1)));
        Assert.True(giaLai.Validity.Contains(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void List_is_empty_for_districts_of_the_2025_list() =>
        Assert.Empty(Catalogue.List(UnitListEdition.List2025, UnitLevel.District));
}
