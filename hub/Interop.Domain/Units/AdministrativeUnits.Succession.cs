using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Interop.Domain.Units;

// Succession comes only from crosswalks: a code present in both lists is not evidence of the same unit, because the 2025
// list reused codes of unrelated 2004 units (commune 23563 was Ia Kring, is now Diên Hồng).
public sealed partial class AdministrativeUnits
{
    private readonly FrozenDictionary<(UnitLevel Level, string Code), ImmutableArray<AdministrativeUnit>> successors;

    private AdministrativeUnits(AdministrativeUnits basis, ImmutableArray<UnitCrosswalk> crosswalks)
    {
        byCode = basis.byCode;
        lists = basis.lists;
        Crosswalks = crosswalks;
        successors = crosswalks
            .SelectMany(crosswalk => crosswalk.Rows.Select(row => Resolve(crosswalk, row)))
            .Distinct()
            .GroupBy(pair => (pair.Old.Level, pair.Old.Code), pair => pair.New)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
    }

    /// <summary>What replaced a unit in the newer list, as far as the loaded crosswalks say. Never guessed from codes or names.</summary>
    /// <param name="unit">A unit of this catalogue.</param>
    /// <returns>Known successors, or why there are none.</returns>
    public Succession SuccessionOf(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Edition == UnitListEditions.Latest)
        {
            return Succession.Without(SuccessionStatus.NoLaterList);
        }

        if (successors.TryGetValue((unit.Level, unit.Code), out var known))
        {
            return new Succession(SuccessionStatus.Known, known);
        }

        return Succession.Without(unit.Level == UnitLevel.District ? SuccessionStatus.LevelAbolished : SuccessionStatus.Unknown);
    }

    /// <summary>A catalogue that also answers from <paramref name="crosswalk"/> (e.g. a commune crosswalk published later). This one is unchanged.</summary>
    /// <param name="crosswalk">Rows from 2004-list codes to 2025-list codes at the crosswalk's tiers.</param>
    /// <returns>The new catalogue; rows of several crosswalks for the same old unit are merged.</returns>
    /// <exception cref="ArgumentException">A row names a code that is not a unit of the stated tier in its list.</exception>
    public AdministrativeUnits WithCrosswalk(UnitCrosswalk crosswalk)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        return new AdministrativeUnits(this, Crosswalks.Add(crosswalk));
    }

    private (AdministrativeUnit Old, AdministrativeUnit New) Resolve(UnitCrosswalk crosswalk, CrosswalkRow row) =>
        (Require(crosswalk, row.OldCode, UnitListEdition.List2004, crosswalk.FromLevel),
         Require(crosswalk, row.NewCode, UnitListEdition.List2025, crosswalk.ToLevel));

    private AdministrativeUnit Require(UnitCrosswalk crosswalk, string code, UnitListEdition edition, UnitLevel level)
    {
        var unit = Find(code, edition);
        return unit?.Level == level
            ? unit
            : throw new ArgumentException(
                $"crosswalk '{crosswalk.Source}' names {code}, which is not a {level} of {edition}", nameof(crosswalk));
    }
}
