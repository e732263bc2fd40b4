using Google.Protobuf.WellKnownTypes;
using Interop.Hub.Checkpoints;
using Interop.Hub.Identity;
using Interop.Protos.Inbox.V1;
using Interop.Store;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Inbox;

/// <summary>
/// Serves inboxes (DESIGN.md §4): streams, pulls and acknowledgements. Items are always read from the
/// store by sequence, never handed over in memory: a doorbell only says "read again", so a stalled
/// reader holds at most one page, and nothing is served that the store has not committed.
/// </summary>
internal sealed partial class InboxDelivery(
    IInboxStore store,
    InboxCursors cursors,
    CallerAuthenticator authenticator,
    InboxItems items,
    InboxDoorbells doorbells,
    ActiveStreams streams,
    DeliveryMarks marks,
    ICheckpointSource checkpoints,
    IOptions<HubOptions> options,
    TimeProvider time)
{
    /// <summary>Items a stream reads at once: what a stalled subscriber can hold in memory.</summary>
    private const int StreamPage = 64;

    private async Task<Heartbeat> HeartbeatAsync(string memberId, string agencyId, CancellationToken cancellationToken) => new()
    {
        HeadSequence = await store.InboxHeadAsync(agencyId, cancellationToken),
        AcknowledgedSequence = (await store.ReadInboxSubscriptionAsync(memberId, agencyId, cancellationToken))?.Acknowledged ?? 0,
        Checkpoint = checkpoints.Latest,
        Time = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
    };

    /// <summary>Waits for the doorbell at most until a time; false when the time came first.</summary>
    private async Task<bool> WaitAsync(Task doorbell, TimeSpan patience, CancellationToken cancellationToken)
    {
        if (patience <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await doorbell.WaitAsync(patience, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
