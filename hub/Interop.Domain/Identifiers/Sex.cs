namespace Interop.Domain.Identifiers;

/// <summary>Sex as a personal ID encodes it (the century-and-sex digit).</summary>
public enum Sex
{
    /// <summary>Not set; never returned by a parser.</summary>
    Unspecified = 0,
    /// <summary>Nam: even century-and-sex digit.</summary>
    Male,
    /// <summary>Nữ: odd century-and-sex digit.</summary>
    Female,
}
