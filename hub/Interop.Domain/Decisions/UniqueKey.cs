namespace Interop.Domain.Decisions;

/// <summary>A unique key a dossier takes with an event: no other dossier may hold it.</summary>
/// <param name="Kind">A national code, or a vendor code within one member system.</param>
/// <param name="Key">The key: the national code, or "member\u001fvendor code".</param>
public sealed record UniqueKey(UniqueKeyKind Kind, string Key)
{
    /// <summary>The national dossier code's key.</summary>
    public static UniqueKey NationalCode(string code) => new(UniqueKeyKind.NationalCode, code);

    /// <summary>A vendor code's key: unique per member system.</summary>
    public static UniqueKey VendorCode(string memberId, string code) => new(UniqueKeyKind.VendorCode, $"{memberId}\u001f{code}");
}
