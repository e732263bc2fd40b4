using Interop.Domain.Units;

namespace Interop.Domain.Tests.Units;

/// <summary>The design's examples, literally.</summary>
public sealed class WorkedExampleTests
{
    private static readonly AdministrativeUnits Catalogue = AdministrativeUnits.Shipped;

    [Fact]
    public void Province_52_is_Binh_Dinh_on_2025_06_30() =>
        Assert.Equal("Tỉnh Bình Định", Catalogue.FindOn("52", UnitLevel.Province, new DateOnly(2025, 6, 30))!.Name);

    [Fact]
    public void Province_52_is_Gia_Lai_on_2025_07_01() =>
        Assert.Equal("Tỉnh Gia Lai", Catalogue.FindOn("52", UnitLevel.Province, new DateOnly(2025, 7, 1))!.Name);

    [Fact]
    public void Successor_of_province_64_is_52()
    {
        var succession = Catalogue.SuccessionOf(Catalogue.Find("64", UnitListEdition.List2004)!);

        Assert.Equal(SuccessionStatus.Known, succession.Status);
        var successor = Assert.Single(succession.Successors);
        Assert.Equal(("52", UnitListEdition.List2025, "Tỉnh Gia Lai"), (successor.Code, successor.Edition, successor.Name));
    }

    [Fact]
    public void Commune_23563_is_Phuong_Ia_Kring_in_the_2004_list() =>
        Assert.Equal("Phường Ia Kring", Catalogue.Find("23563", UnitListEdition.List2004)!.Name);

    [Fact]
    public void Commune_23563_is_Phuong_Dien_Hong_in_the_2025_list() =>
        Assert.Equal("Phường Diên Hồng", Catalogue.Find("23563", UnitListEdition.List2025)!.Name);

    [Fact]
    public void Successor_of_commune_23560_old_Dien_Hong_is_unknown()
    {
        var oldDienHong = Catalogue.Find("23560", UnitListEdition.List2004)!;

        var succession = Catalogue.SuccessionOf(oldDienHong);

        Assert.Equal("Phường Diên Hồng", oldDienHong.Name);
        Assert.Equal(SuccessionStatus.Unknown, succession.Status);
        Assert.Empty(succession.Successors);
    }

    [Fact]
    public void Successor_of_commune_23563_is_unknown_although_its_code_survives()
    {
        var succession = Catalogue.SuccessionOf(Catalogue.Find("23563", UnitListEdition.List2004)!);

        Assert.Equal(SuccessionStatus.Unknown, succession.Status);
    }
}
