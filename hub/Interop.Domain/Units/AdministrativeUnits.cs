using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Interop.Domain.Units;

/// <summary>
/// The administrative units of every list edition, with the crosswalks between them. Immutable: adding a crosswalk returns a
/// new catalogue. Succession is in <c>AdministrativeUnits.Succession.cs</c>.
/// </summary>
public sealed partial class AdministrativeUnits
{
    private static readonly Lazy<AdministrativeUnits> ShippedCatalogue = new(ShippedUnitData.Load);

    private readonly FrozenDictionary<(UnitListEdition Edition, string Code), AdministrativeUnit> byCode;
    private readonly FrozenDictionary<(UnitListEdition Edition, UnitLevel Level), ImmutableArray<AdministrativeUnit>> lists;

    internal AdministrativeUnits(IEnumerable<AdministrativeUnit> units)
    {
        var all = units.ToList();
        byCode = all.ToFrozenDictionary(unit => (unit.Edition, unit.Code));
        lists = all
            .GroupBy(unit => (unit.Edition, unit.Level))
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        Crosswalks = [];
        successors = FrozenDictionary<(UnitLevel, string), ImmutableArray<AdministrativeUnit>>.Empty;
    }

    /// <summary>
    /// The lists and the province crosswalk shipped with the library (embedded in the assembly), read on first use and
    /// shared afterwards.
    /// </summary>
    public static AdministrativeUnits Shipped => ShippedCatalogue.Value;

    /// <summary>The crosswalks this catalogue answers successions from, in the order they were added.</summary>
    public ImmutableArray<UnitCrosswalk> Crosswalks { get; }

    /// <summary>The unit a code names in one edition. The code's length decides the tier, so no tier is needed.</summary>
    /// <param name="code">The code as the list writes it, with leading zeros (<c>01</c>, <c>001</c>, <c>00001</c>).</param>
    /// <param name="edition">The list edition the code comes from.</param>
    /// <returns>The unit, or null when the edition has no such code.</returns>
    public AdministrativeUnit? Find(string code, UnitListEdition edition)
    {
        ArgumentNullException.ThrowIfNull(code);
        return byCode.GetValueOrDefault((edition, code));
    }

    /// <summary>Which unit of a tier a code meant on a local date: the unit of the edition in force on that date.</summary>
    /// <param name="code">The code as written.</param>
    /// <param name="level">The tier the caller expects.</param>
    /// <param name="date">A local date (Asia/Ho_Chi_Minh).</param>
    /// <returns>The unit, or null when the code named no unit of that tier on that date (e.g. any district from 2025-07-01).</returns>
    public AdministrativeUnit? FindOn(string code, UnitLevel level, DateOnly date)
    {
        var unit = Find(code, UnitListEditions.InForceOn(date));
        return unit?.Level == level ? unit : null;
    }

    /// <summary>All units of one tier in one edition, in the list's order.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="level">The tier.</param>
    /// <returns>The units; empty for a tier the edition does not have.</returns>
    public IReadOnlyList<AdministrativeUnit> List(UnitListEdition edition, UnitLevel level) =>
        lists.TryGetValue((edition, level), out var units) ? units : [];
}
