using System.Collections.Concurrent;

namespace Interop.Hub.Inbox;

/// <summary>One doorbell per agency somebody listens to (bounded by the registry's agencies).</summary>
internal sealed class InboxDoorbells
{
    private readonly ConcurrentDictionary<string, Doorbell> doorbells = new(StringComparer.Ordinal);

    /// <summary>Completes when an item is next committed to the agency's inbox.</summary>
    public Task Next(string agencyId) => doorbells.GetOrAdd(agencyId, _ => new Doorbell()).Next;

    /// <summary>Wakes the agency's readers; nobody listening costs nothing.</summary>
    public void Ring(string agencyId)
    {
        if (doorbells.TryGetValue(agencyId, out var doorbell))
        {
            doorbell.Ring();
        }
    }
}
