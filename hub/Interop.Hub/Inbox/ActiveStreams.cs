using System.Collections.Concurrent;

namespace Interop.Hub.Inbox;

/// <summary>The active stream of each (member, agency) subscription in this hub process: a newer one replaces the older (INBOX-3).</summary>
internal sealed class ActiveStreams
{
    private readonly ConcurrentDictionary<(string MemberId, string AgencyId), StreamLease> active = new();

    public StreamLease Open(string memberId, string agencyId, CancellationToken callToken)
    {
        var lease = new StreamLease(memberId, agencyId, callToken);
        active.AddOrUpdate(lease.Key, lease, (_, older) =>
        {
            older.Replace();
            return lease;
        });
        return lease;
    }

    public void Close(StreamLease lease)
    {
        active.TryRemove(KeyValuePair.Create(lease.Key, lease));
        lease.Dispose();
    }
}
