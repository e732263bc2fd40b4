using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Interop.Hub.Errors;
using Interop.Protos.Inbox.V1;
using Interop.Store;

namespace Interop.Hub.Inbox;

internal sealed partial class InboxDelivery
{
    private const int DefaultPullItems = 100;
    private const int MaxPullItems = 1000;

    /// <summary>Stays under the 4 MiB a gRPC client accepts by default, whatever max_items says (at least one item).</summary>
    private const int PullResponseBudget = 3 * 1024 * 1024;

    private static readonly TimeSpan MaxPullWait = TimeSpan.FromSeconds(30);

    /// <summary>The items after the start at once if there are any, else the first ones committed within the wait.</summary>
    public async Task<PullInboxResponse> PullAsync(PullInboxRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var agencyId = request.AgencyId;
        var caller = InboxCursors.Subscriber(context, agencyId);
        var max = request.MaxItems switch
        {
            < 0 => throw Fail.Field("max_items", "zero or more"),
            0 => DefaultPullItems,
            > MaxPullItems => MaxPullItems,
            var n => n,
        };
        var wait = Wait(request.Wait);
        var cursor = await cursors.StartAsync(caller.MemberId, agencyId, request.Start, request.AfterSequence, cancellationToken);
        var deadline = time.GetUtcNow() + wait;
        IReadOnlyList<StoredInboxItem> page;
        while (true)
        {
            var doorbell = doorbells.Next(agencyId);
            page = await store.ReadInboxAsync(agencyId, cursor, max, cancellationToken);
            if (page.Count > 0 || !await WaitAsync(doorbell, deadline - time.GetUtcNow(), cancellationToken))
            {
                break;
            }
        }

        var response = new PullInboxResponse();
        if (page.Count > 0 && page[0].InboxSequence != cursor + 1)
        {
            throw InboxCursors.Expired(cursor, page[0].InboxSequence);
        }

        var size = 0;
        foreach (var stored in page)
        {
            var item = await items.BuildAsync(stored, caller.MemberId, cancellationToken);
            size += item.CalculateSize();
            if (response.Items.Count > 0 && size > PullResponseBudget)
            {
                break;
            }

            response.Items.Add(item);
        }

        if (response.Items.Count > 0)
        {
            marks.Raise(caller.MemberId, agencyId, response.Items[^1].Sequence);
            await store.RecordInboxDeliveryAsync(caller.MemberId, agencyId, response.Items[^1].Sequence, cancellationToken);
        }

        response.HeadSequence = await store.InboxHeadAsync(agencyId, cancellationToken);
        response.Checkpoint = checkpoints.Latest;
        return response;
    }

    private static TimeSpan Wait(Duration? wait)
    {
        if (wait is null)
        {
            return TimeSpan.Zero;
        }

        if (wait.Seconds < 0 || wait.Nanos is < 0 or >= Duration.NanosecondsPerSecond)
        {
            throw Fail.Field("wait", "a non-negative duration");
        }

        return wait.Seconds >= MaxPullWait.TotalSeconds ? MaxPullWait : wait.ToTimeSpan();
    }
}
