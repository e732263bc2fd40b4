namespace Interop.Domain.Lifecycle;

/// <summary>How a transition's target status is found ("to" column of the table).</summary>
public enum TargetRule
{
    /// <summary>A fixed status.</summary>
    Fixed,

    /// <summary>The status unchanged.</summary>
    Unchanged,

    /// <summary>The status before the pause that ends ("previous").</summary>
    Previous,

    /// <summary>PROCESSING from RECEIVED; unchanged otherwise (a hand-over offer).</summary>
    ProcessingIfReceived,

    /// <summary>REFUSED when the supplement was asked before reception, else SUSPENDED (an expired supplement).</summary>
    RefusedIfFromSubmittedElseSuspended,
}
