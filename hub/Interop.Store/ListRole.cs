namespace Interop.Store;

/// <summary>
/// An agency's relation to a dossier in the list index. The numbers are what a store keeps in its
/// files: never renumber one.
/// </summary>
public enum ListRole
{
    /// <summary>In a query, any relation; stored, a relation with no role of its own (the agency may read the dossier).</summary>
    Any = 0,

    /// <summary>The agency holds the dossier now.</summary>
    Holder = 1,

    /// <summary>The agency's desk received it.</summary>
    Receiving = 2,

    /// <summary>The agency is competent for it.</summary>
    Competent = 3,

    /// <summary>The agency held it at some time; such rows outlive every replacement of the roles.</summary>
    EverHeld = 4,
}
