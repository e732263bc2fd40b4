using System.Collections.Immutable;

namespace Interop.Domain.Units;

/// <summary>
/// A published mapping from units of the 2004 list to their successors in the 2025 list, at one pair of tiers.
/// The library ships the province crosswalk; a commune crosswalk can be added with <see cref="AdministrativeUnits.WithCrosswalk"/>.
/// </summary>
public sealed class UnitCrosswalk
{
    /// <summary>Creates a crosswalk. Codes are checked against the lists when it is added to a catalogue.</summary>
    /// <param name="source">Where the mapping comes from, e.g. <c>Nghị quyết 202/2025/QH15</c>.</param>
    /// <param name="fromLevel">The tier of the old codes.</param>
    /// <param name="toLevel">The tier of the new codes.</param>
    /// <param name="rows">Old code to new code; an old code may appear on several rows when it was split.</param>
    public UnitCrosswalk(string source, UnitLevel fromLevel, UnitLevel toLevel, IEnumerable<CrosswalkRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(rows);
        Source = source;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        Rows = [.. rows.Distinct()];
    }

    /// <summary>Where the mapping comes from.</summary>
    public string Source { get; }

    /// <summary>The tier of the old (2004-list) codes.</summary>
    public UnitLevel FromLevel { get; }

    /// <summary>The tier of the new (2025-list) codes.</summary>
    public UnitLevel ToLevel { get; }

    /// <summary>The rows, duplicates removed, in the order given.</summary>
    public ImmutableArray<CrosswalkRow> Rows { get; }
}
