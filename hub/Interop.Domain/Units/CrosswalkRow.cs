namespace Interop.Domain.Units;

/// <summary>One row of a crosswalk: a unit of the 2004 list and one unit of the 2025 list that took it over (wholly or in part).</summary>
/// <param name="OldCode">The code in the 2004 list.</param>
/// <param name="NewCode">The code in the 2025 list.</param>
public readonly record struct CrosswalkRow(string OldCode, string NewCode);
