using System.Globalization;

namespace Interop.Domain.Units;

/// <summary>Loads the embedded lists (Data/admin-units; sources in Data/README.md) into a catalogue with the province crosswalk.</summary>
internal static class ShippedUnitData
{
    // LogicalName in the csproj: Interop.Domain.Data.%(RecursiveDir)%(Filename)%(Extension); RecursiveDir keeps its '/'.
    internal const string Units2004 = "Interop.Domain.Data.admin-units/units-2024.csv";
    internal const string DistrictsWithoutCommunes2004 = "Interop.Domain.Data.admin-units/districts-without-communes-2024.csv";
    internal const string Units2025 = "Interop.Domain.Data.admin-units/units-2025.csv";
    internal const string ProvinceCrosswalk = "Interop.Domain.Data.admin-units/province-crosswalk-2025.csv";

    private const string CrosswalkSource = "Nghị quyết 202/2025/QH15 (province-crosswalk-2025.csv)";

    public static AdministrativeUnits Load()
    {
        var table = new UnitTableBuilder();
        const UnitListEdition old = UnitListEdition.List2004;
        foreach (var r in EmbeddedCsv.Rows(Units2004, "province_code,province_full_name,district_code,district_full_name,commune_code,commune_full_name"))
        {
            table.AddOrConfirm(new(r[0], r[1], UnitLevel.Province, old, r[0], null), Units2004);
            table.AddOrConfirm(new(r[2], r[3], UnitLevel.District, old, r[0], r[2]), Units2004);
            table.AddNew(new(r[4], r[5], UnitLevel.Commune, old, r[0], r[2]), Units2004);
        }

        foreach (var r in EmbeddedCsv.Rows(DistrictsWithoutCommunes2004, "province_code,province_full_name,district_code,district_full_name"))
        {
            table.RequireProvince(old, r[0], r[1], DistrictsWithoutCommunes2004);
            table.AddNew(new(r[2], r[3], UnitLevel.District, old, r[0], r[2]), DistrictsWithoutCommunes2004);
        }

        foreach (var r in EmbeddedCsv.Rows(Units2025, "province_code,province_full_name,commune_code,commune_full_name"))
        {
            table.AddOrConfirm(new(r[0], r[1], UnitLevel.Province, UnitListEdition.List2025, r[0], null), Units2025);
            table.AddNew(new(r[2], r[3], UnitLevel.Commune, UnitListEdition.List2025, r[0], null), Units2025);
        }

        return new AdministrativeUnits(table.Units).WithCrosswalk(LoadProvinceCrosswalk());
    }

    private static UnitCrosswalk LoadProvinceCrosswalk()
    {
        var takesEffect = UnitListEditions.ValidityOf(UnitListEdition.List2025).From;
        var rows = EmbeddedCsv
            .Rows(ProvinceCrosswalk, "old_province_code,old_province_name,new_province_code,new_province_name,effective_from")
            .Select(r => DateOnly.ParseExact(r[4], "yyyy-MM-dd", CultureInfo.InvariantCulture) == takesEffect
                ? new CrosswalkRow(r[0], r[2])
                : throw new InvalidDataException($"{ProvinceCrosswalk}: row {r[0]} takes effect {r[4]}, not with the 2025 list"));
        return new UnitCrosswalk(CrosswalkSource, UnitLevel.Province, UnitLevel.Province, rows.ToList());
    }
}
