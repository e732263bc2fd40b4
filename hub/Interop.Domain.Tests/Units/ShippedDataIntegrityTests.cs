using Interop.Domain.Units;

namespace Interop.Domain.Tests.Units;

/// <summary>The shipped lists hold what the decisions say they hold.</summary>
public sealed class ShippedDataIntegrityTests
{
    private static readonly AdministrativeUnits Catalogue = AdministrativeUnits.Shipped;

    [Theory]
    [InlineData(UnitListEdition.List2025, UnitLevel.Province, 34)]
    [InlineData(UnitListEdition.List2025, UnitLevel.District, 0)]
    [InlineData(UnitListEdition.List2025, UnitLevel.Commune, 3_321)]
    [InlineData(UnitListEdition.List2004, UnitLevel.Province, 63)]
    [InlineData(UnitListEdition.List2004, UnitLevel.District, 696)]
    [InlineData(UnitListEdition.List2004, UnitLevel.Commune, 10_035)]
    public void List_has_the_count_of_the_decision(UnitListEdition edition, UnitLevel level, int expected) =>
        Assert.Equal(expected, Catalogue.List(edition, level).Count);

    [Fact]
    public void List2004_includes_the_five_districts_that_have_no_commune()
    {
        var districtsWithCommunes = Catalogue.List(UnitListEdition.List2004, UnitLevel.Commune).Select(c => c.DistrictCode).ToHashSet();

        var without = Catalogue.List(UnitListEdition.List2004, UnitLevel.District).Where(d => !districtsWithCommunes.Contains(d.Code));

        Assert.Equal(["318", "471", "498", "536", "755"], without.Select(d => d.Code).Order());
    }

    [Fact]
    public void Province_crosswalk_resolves_every_row_in_both_lists()
    {
        var crosswalk = Assert.Single(Catalogue.Crosswalks);

        Assert.Equal((UnitLevel.Province, UnitLevel.Province, 63), (crosswalk.FromLevel, crosswalk.ToLevel, crosswalk.Rows.Length));
        Assert.All(crosswalk.Rows, row =>
        {
            Assert.Equal(UnitLevel.Province, Catalogue.Find(row.OldCode, UnitListEdition.List2004)?.Level);
            Assert.Equal(UnitLevel.Province, Catalogue.Find(row.NewCode, UnitListEdition.List2025)?.Level);
        });
    }

    [Fact]
    public void Province_crosswalk_gives_every_2004_province_exactly_one_successor() =>
        Assert.All(Catalogue.List(UnitListEdition.List2004, UnitLevel.Province), province =>
        {
            var succession = Catalogue.SuccessionOf(province);
            Assert.Equal(SuccessionStatus.Known, succession.Status);
            Assert.Single(succession.Successors);
        });

    [Fact]
    public void Province_crosswalk_reaches_every_2025_province_and_each_keeps_its_seat_provinces_code()
    {
        var rows = Assert.Single(Catalogue.Crosswalks).Rows;

        Assert.Equal(
            Catalogue.List(UnitListEdition.List2025, UnitLevel.Province).Select(p => p.Code).Order(),
            rows.Select(row => row.NewCode).Distinct().Order());
        Assert.All(rows.Select(row => row.NewCode).Distinct(), code => Assert.Contains(new CrosswalkRow(code, code), rows));
    }

    [Fact]
    public void Every_2025_province_code_is_also_a_2004_province_code() =>
        Assert.All(Catalogue.List(UnitListEdition.List2025, UnitLevel.Province), province =>
            Assert.NotNull(Catalogue.Find(province.Code, UnitListEdition.List2004)));

    [Fact]
    public void Commune_codes_were_reused_3315_times_across_the_reform()
    {
        var old = Catalogue.List(UnitListEdition.List2004, UnitLevel.Commune).Select(c => c.Code).ToHashSet();

        Assert.Equal(3_315, Catalogue.List(UnitListEdition.List2025, UnitLevel.Commune).Count(c => old.Contains(c.Code)));
    }

    [Fact]
    public void Every_district_and_commune_has_its_parent_in_its_own_edition()
    {
        var belowProvince = new[] { UnitListEdition.List2004, UnitListEdition.List2025 }
            .SelectMany(edition => Catalogue.List(edition, UnitLevel.District).Concat(Catalogue.List(edition, UnitLevel.Commune)));

        Assert.All(belowProvince, unit =>
        {
            var parent = Catalogue.Find(unit.ParentCode!, unit.Edition);
            Assert.NotNull(parent);
            Assert.True(parent.Level < unit.Level);
            Assert.Equal(unit.ProvinceCode, parent.ProvinceCode);
        });
    }
}
