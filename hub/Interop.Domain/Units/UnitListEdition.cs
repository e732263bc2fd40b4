namespace Interop.Domain.Units;

/// <summary>
/// An edition of the national list of administrative units. Codes were reused across editions for different units,
/// so a unit code means nothing without its edition.
/// </summary>
public enum UnitListEdition
{
    /// <summary>Not set; never a valid argument.</summary>
    Unspecified = 0,
    /// <summary>QĐ 124/2004/QĐ-TTg and its amendments: 63 provinces, 696 districts, 10,035 communes; in force until 2025-06-30.</summary>
    List2004,
    /// <summary>QĐ 19/2025/QĐ-TTg: 34 provinces and 3,321 communes, two tiers; in force from 2025-07-01.</summary>
    List2025,
}
