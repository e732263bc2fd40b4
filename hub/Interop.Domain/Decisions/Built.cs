namespace Interop.Domain.Decisions;

/// <summary>A command's build step: the payload, or the refusal of an input that only the dossier's state or the registry shows wrong.</summary>
public sealed class Built
{
    private Built(CommandPayload? payload, Refusal? refusal)
    {
        Payload = payload;
        Refusal = refusal;
    }

    /// <summary>The payload, when built.</summary>
    public CommandPayload? Payload { get; }

    /// <summary>The refusal, when not.</summary>
    public Refusal? Refusal { get; }

    /// <summary>A built payload.</summary>
    public static implicit operator Built(CommandPayload payload) => new(payload, null);

    /// <summary>A refusal.</summary>
    public static implicit operator Built(Refusal refusal) => new(null, refusal);
}
