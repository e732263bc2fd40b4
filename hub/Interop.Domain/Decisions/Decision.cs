namespace Interop.Domain.Decisions;

/// <summary>A command's decision: either a refusal (nothing is written but the refusal log) or the draft of the one event to append.</summary>
public sealed class Decision
{
    private Decision(EventDraft? draft, Refusal? refusal)
    {
        Draft = draft;
        Refusal = refusal;
    }

    /// <summary>The event to append, when allowed.</summary>
    public EventDraft? Draft { get; }

    /// <summary>Why it is refused, when refused.</summary>
    public Refusal? Refusal { get; }

    /// <summary>An allowed command.</summary>
    public static Decision Record(EventDraft draft) => new(draft ?? throw new ArgumentNullException(nameof(draft)), null);

    /// <summary>A refused command.</summary>
    public static Decision Refuse(Refusal refusal) => new(null, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
