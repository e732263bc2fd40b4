namespace Interop.Domain.Lifecycle;

/// <summary>A condition a transition needs besides the dossier's status.</summary>
public enum Precondition
{
    /// <summary>None.</summary>
    None,

    /// <summary>A hand-over offer is pending.</summary>
    PendingOffer,

    /// <summary>No hand-over offer is pending (one offer at a time).</summary>
    NoPendingOffer,

    /// <summary>The consultation answered is open.</summary>
    OpenConsultation,

    /// <summary>The procedure's case is resolved by the desk itself.</summary>
    DeskResolvesProcedure,
}
