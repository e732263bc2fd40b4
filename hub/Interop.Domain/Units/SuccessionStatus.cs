namespace Interop.Domain.Units;

/// <summary>What is known about the unit that took over from a unit of an older edition.</summary>
public enum SuccessionStatus
{
    /// <summary>Not set; never returned.</summary>
    Unspecified = 0,
    /// <summary>A loaded crosswalk names the successor(s).</summary>
    Known,
    /// <summary>No loaded crosswalk covers the unit. A code that also appears in the newer list is not evidence: codes were reused.</summary>
    Unknown,
    /// <summary>A district: the newer list has no district tier, and no loaded crosswalk maps the district to a unit.</summary>
    LevelAbolished,
    /// <summary>The unit belongs to the newest edition.</summary>
    NoLaterList,
}
