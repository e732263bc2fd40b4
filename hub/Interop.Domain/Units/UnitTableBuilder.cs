namespace Interop.Domain.Units;

/// <summary>
/// Collects units from rows that repeat their parents (every commune row names its province and district), checking that a
/// repeated code always names the same unit.
/// </summary>
internal sealed class UnitTableBuilder
{
    private readonly Dictionary<(UnitListEdition, string), AdministrativeUnit> seen = [];
    private readonly List<AdministrativeUnit> ordered = [];

    public IReadOnlyList<AdministrativeUnit> Units => ordered;

    /// <summary>Adds a unit met for the first time; a repeat must be identical (parents repeat on every row).</summary>
    public void AddOrConfirm(AdministrativeUnit unit, string where)
    {
        if (seen.TryGetValue((unit.Edition, unit.Code), out var earlier))
        {
            if (earlier != unit)
            {
                throw new InvalidDataException($"{where}: code {unit.Code} names both {earlier} and {unit}");
            }

            return;
        }

        seen.Add((unit.Edition, unit.Code), unit);
        ordered.Add(unit);
    }

    /// <summary>Adds a unit that must not have been met before (a commune, or a district listed on its own).</summary>
    public void AddNew(AdministrativeUnit unit, string where)
    {
        if (seen.ContainsKey((unit.Edition, unit.Code)))
        {
            throw new InvalidDataException($"{where}: code {unit.Code} appears twice in {unit.Edition}");
        }

        AddOrConfirm(unit, where);
    }

    /// <summary>Fails unless the edition has a province with this code and name.</summary>
    public void RequireProvince(UnitListEdition edition, string code, string name, string where)
    {
        var expected = new AdministrativeUnit(code, name, UnitLevel.Province, edition, code, null);
        if (!seen.TryGetValue((edition, code), out var province) || province != expected)
        {
            throw new InvalidDataException($"{where}: province {code} {name} is not in {edition}");
        }
    }
}
