namespace Interop.Domain.Units;

/// <summary>One unit of one list edition. Two units are the same record only if code and edition both match.</summary>
public sealed record AdministrativeUnit
{
    internal AdministrativeUnit(string code, string name, UnitLevel level, UnitListEdition edition, string provinceCode, string? districtCode)
    {
        Code = code;
        Name = name;
        Level = level;
        Edition = edition;
        ProvinceCode = provinceCode;
        DistrictCode = districtCode;
    }

    /// <summary>The code within its edition: two digits (province), three (district) or five (commune).</summary>
    public string Code { get; }

    /// <summary>The full name as the list writes it, e.g. <c>Tỉnh Gia Lai</c>, <c>Phường Diên Hồng</c>.</summary>
    public string Name { get; }

    /// <summary>The tier.</summary>
    public UnitLevel Level { get; }

    /// <summary>The list edition the code belongs to.</summary>
    public UnitListEdition Edition { get; }

    /// <summary>The code of the province containing the unit (its own code for a province).</summary>
    public string ProvinceCode { get; }

    /// <summary>The code of the district containing a 2004-list commune, the district's own code for a district; otherwise null.</summary>
    public string? DistrictCode { get; }

    /// <summary>The code of the unit one tier up, or null for a province.</summary>
    public string? ParentCode => Level switch
    {
        UnitLevel.District => ProvinceCode,
        UnitLevel.Commune => DistrictCode ?? ProvinceCode,
        _ => null,
    };

    /// <summary>The dates the unit is in force: those of its edition, since per-unit dates are not in the data.</summary>
    public ValidityPeriod Validity => UnitListEditions.ValidityOf(Edition);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Name} ({Edition})";
}
