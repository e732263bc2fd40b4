using System.Collections.Concurrent;

namespace Interop.Hub.Inbox;

/// <summary>
/// The highest sequence this hub process has handed to each subscription, raised before the items are
/// written. A stream records delivery in the store without holding its items back for that commit; an
/// acknowledgement that overtakes the record is judged against this mark, so a quick member is never
/// told it acknowledged beyond what it was delivered.
/// </summary>
internal sealed class DeliveryMarks
{
    private readonly ConcurrentDictionary<(string MemberId, string AgencyId), long> marks = new();

    public void Raise(string memberId, string agencyId, long sequence)
        => marks.AddOrUpdate((memberId, agencyId), sequence, (_, current) => Math.Max(current, sequence));

    public long Of(string memberId, string agencyId) => marks.GetValueOrDefault((memberId, agencyId));
}
