namespace Interop.Store;

/// <summary>Why an event reached an agency's inbox. The numbers are what a store keeps in its files: never renumber one.</summary>
public enum RoutingRole
{
    /// <summary>The agency holds the dossier.</summary>
    Holder = 1,

    /// <summary>A hand-over is offered to the agency.</summary>
    OfferedTo = 2,

    /// <summary>The agency held the dossier before the event.</summary>
    PreviousHolder = 3,

    /// <summary>The agency's desk received the dossier.</summary>
    ReceivingDesk = 4,

    /// <summary>The agency returns the result.</summary>
    ReturnDesk = 5,

    /// <summary>The agency is competent for the dossier.</summary>
    Competent = 6,

    /// <summary>The agency is consulted.</summary>
    Consulted = 7,
}
