using System.Collections.Concurrent;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Inbox;

/// <summary>
/// The newest items of each agency's inbox that a stream has read and built, shared by every stream
/// of that agency: the subscribers of one desk read and build a live item once, not once each. It
/// holds only items read from the store (so only committed ones), the newest <see cref="Capacity"/>
/// per agency; a stream further behind reads the store as before.
/// </summary>
internal sealed class RecentInboxItems
{
    /// <summary>Enough for live streams (a few items behind the head); small enough to stay a few MB per agency.</summary>
    public const int Capacity = 128;

    private readonly ConcurrentDictionary<string, Ring> rings = new(StringComparer.Ordinal);

    /// <summary>The items right after a sequence, in order and without a gap, as far as they are held (none when the next is not).</summary>
    public IReadOnlyList<InboxItem> After(string agencyId, long afterSequence, int limit)
        => (rings.TryGetValue(agencyId, out var ring) ? ring.After(afterSequence, limit) : null) ?? (IReadOnlyList<InboxItem>)[];

    /// <summary>Keeps built items (the shared form of <see cref="InboxItems"/>), unless they are older than what is held.</summary>
    public void Keep(string agencyId, IReadOnlyList<InboxItem> items) => rings.GetOrAdd(agencyId, _ => new Ring()).Keep(items);

    private sealed class Ring
    {
        private readonly Lock gate = new();
        private readonly InboxItem?[] slots = new InboxItem?[Capacity];
        private long newest;

        public List<InboxItem>? After(long afterSequence, int limit)
        {
            List<InboxItem>? found = null;
            lock (gate)
            {
                for (var sequence = afterSequence + 1; sequence <= newest && (found?.Count ?? 0) < limit; sequence++)
                {
                    if (slots[sequence % Capacity] is not { } item || item.Sequence != sequence)
                    {
                        break;
                    }

                    (found ??= new List<InboxItem>(Math.Min(limit, (int)(newest - afterSequence)))).Add(item);
                }
            }

            return found;
        }

        public void Keep(IReadOnlyList<InboxItem> items)
        {
            lock (gate)
            {
                foreach (var item in items)
                {
                    // An old page read by a stream far behind must not push the live items out.
                    if (item.Sequence > newest - Capacity)
                    {
                        slots[item.Sequence % Capacity] = item;
                        newest = Math.Max(newest, item.Sequence);
                    }
                }
            }
        }
    }
}
