namespace Interop.Domain.Decisions;

/// <summary>What a unique key is unique for.</summary>
public enum UniqueKeyKind
{
    /// <summary>A national dossier code, unique across the hub.</summary>
    NationalCode,

    /// <summary>A vendor code, unique within its member system.</summary>
    VendorCode,
}
