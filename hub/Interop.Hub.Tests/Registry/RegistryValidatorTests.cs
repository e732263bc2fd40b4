using Interop.Hub.Registry;
using Interop.Protos.Registry.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Tests.Registry;

public sealed class RegistryValidatorTests
{
    private static RegistrySnapshot Seed() => RegistrySeed.Load(Path.Combine(AppContext.BaseDirectory, "registry-seed.json"));

    [Fact]
    public void Shipped_seed_is_a_valid_registry_of_a_reformed_province()
    {
        var seed = Seed();

        Assert.Empty(RegistryValidator.Problems(seed));
        Assert.All(seed.Agencies, a => Assert.Equal(UnitListEdition.List2025, a.Unit.Edition));
        Assert.Contains(seed.Agencies, a => a.Kind == AgencyKind.ProvincialServiceCentre);
        Assert.True(seed.Agencies.Count(a => a.Kind == AgencyKind.CommuneDesk) >= 3);
        Assert.Contains(seed.Agencies, a => a.Kind == AgencyKind.LandRegistrationOffice && a.CodeIssuer == CodeIssuer.Member);
        Assert.Contains(seed.Agencies, a => a.Kind == AgencyKind.TaxOffice);
        Assert.Contains(seed.Agencies, a => a.Kind == AgencyKind.BusinessRegistrationOffice);
        Assert.Contains(seed.Procedures, p => p.Versions.Count > 1);
        Assert.Contains(seed.Procedures, p => p.Versions.Any(v => v.Cases.Any(c => c.ResolvedByDesk)));
    }

    [Fact]
    public void Unit_code_of_the_wrong_edition_is_refused()
    {
        var seed = Seed();
        seed.Agencies[0].Unit = new UnitRef { Code = "64", Edition = UnitListEdition.List2025, Level = UnitLevel.Province };

        Assert.Contains(RegistryValidator.Problems(seed), p => p.Contains("64 is not in the List2025 list", StringComparison.Ordinal));
    }

    [Fact]
    public void Commune_code_declared_as_a_province_is_refused()
    {
        var seed = Seed();
        seed.Agencies[0].Unit = new UnitRef { Code = "23563", Edition = UnitListEdition.List2025, Level = UnitLevel.Province };

        Assert.Contains(RegistryValidator.Problems(seed), p => p.Contains("23563 is not a Province", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_e_id_tthc_code_and_dangling_references_are_refused()
    {
        var seed = Seed();
        seed.Agencies.Add(new Agency { Id = "H21.129", Unit = seed.Agencies[0].Unit, CodeIssuer = CodeIssuer.Hub });
        seed.Procedures[0].Code = "1.0042";
        seed.Members[0].AgencyIds.Add("000.99.99.H21");

        var problems = RegistryValidator.Problems(seed);

        Assert.Contains(problems, p => p.StartsWith("agency H21.129: e-ID", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("procedure 1.0042: TTHC code", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("agency 000.99.99.H21 is not registered", StringComparison.Ordinal));
    }
}
