namespace Interop.Domain.Lifecycle;

/// <summary>What an acting agency is to a dossier, as the transition table's "who" column names it.</summary>
[Flags]
public enum ActorRole
{
    /// <summary>No relation.</summary>
    None = 0,

    /// <summary>The receiving desk (for a new dossier: the agency receiving it).</summary>
    Desk = 1 << 0,

    /// <summary>An online-portal member's agency, which may file dossiers.</summary>
    OnlinePortal = 1 << 1,

    /// <summary>The agency holding the dossier now.</summary>
    Holder = 1 << 2,

    /// <summary>The agency a pending hand-over is offered to.</summary>
    OfferedTo = 1 << 3,

    /// <summary>The agency that made the pending hand-over offer.</summary>
    Offerer = 1 << 4,

    /// <summary>The agency consulted by the consultation the event answers.</summary>
    Consulted = 1 << 5,

    /// <summary>The agency competent to resolve the dossier.</summary>
    Competent = 1 << 6,

    /// <summary>The agency where the result is handed back.</summary>
    ReturnDesk = 1 << 7,

    /// <summary>An agency that held the dossier before (the holder included).</summary>
    PastHolder = 1 << 8,
}
