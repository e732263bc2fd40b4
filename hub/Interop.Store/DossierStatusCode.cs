namespace Interop.Store;

/// <summary>A dossier's status as the list index filters on it: the hub's number for it, opaque to the store.</summary>
/// <param name="Value">The number.</param>
public readonly record struct DossierStatusCode(int Value);
