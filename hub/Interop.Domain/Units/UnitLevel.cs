namespace Interop.Domain.Units;

/// <summary>The tier of an administrative unit. The 2025 list has no district tier.</summary>
public enum UnitLevel
{
    /// <summary>Not set; never a unit's level.</summary>
    Unspecified = 0,
    /// <summary>Province or centrally governed city (tỉnh, thành phố trực thuộc trung ương); two-digit codes.</summary>
    Province,
    /// <summary>District (huyện, quận, thị xã, thành phố thuộc tỉnh); three-digit codes; 2004 list only.</summary>
    District,
    /// <summary>Commune (xã, phường, thị trấn, đặc khu); five-digit codes.</summary>
    Commune,
}
