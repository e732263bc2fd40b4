using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>The event type of each payload case: one per row of the transition table, by the same name.</summary>
public static class EventTypes
{
    /// <summary>The event type of a payload case.</summary>
    public static EventType Of(EventBody.PayloadOneofCase payload)
        => payload == EventBody.PayloadOneofCase.None
            ? EventType.Unspecified
            : Enum.Parse<EventType>(payload.ToString());
}
