using Interop.Domain.Units;

namespace Interop.Domain.Tests.Units;

public sealed class EmbeddedResourceTests
{
    [Theory]
    [InlineData(ShippedUnitData.Units2004)]
    [InlineData(ShippedUnitData.DistrictsWithoutCommunes2004)]
    [InlineData(ShippedUnitData.Units2025)]
    [InlineData(ShippedUnitData.ProvinceCrosswalk)]
    public void Resource_name_used_by_the_loader_is_embedded(string name) =>
        Assert.Contains(name, typeof(AdministrativeUnits).Assembly.GetManifestResourceNames());
}
