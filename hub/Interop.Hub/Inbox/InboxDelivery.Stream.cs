using Grpc.Core;
using Interop.Hub.Errors;
using Interop.Protos.Error.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Inbox;

internal sealed partial class InboxDelivery
{
    private static readonly WriteOptions BufferedWrite = new(WriteFlags.BufferHint);

    /// <summary>
    /// A heartbeat first, then the items after the start in sequence order, catch-up and live alike
    /// (the same read by sequence, so the switch neither loses nor repeats one), and a heartbeat every
    /// interval. Each write awaits gRPC flow control: a reader that stops reading stops the loop. The
    /// caller is authenticated again before each heartbeat.
    /// </summary>
    /// <remarks>
    /// Writes do not take the lease's token: grpc-dotnet resets the whole HTTP/2 stream when a write's
    /// token is cancelled, and the replaced stream must end with ABORTED in its trailers instead. A
    /// replaced stream stuck behind a stalled reader ends when its write does.
    /// </remarks>
    public async Task StreamAsync(StreamInboxRequest request, IServerStreamWriter<StreamInboxResponse> responses, ServerCallContext context)
    {
        var agencyId = request.AgencyId;
        var caller = InboxCursors.Subscriber(context, agencyId);
        var cursor = await cursors.StartAsync(caller.MemberId, agencyId, request.Start, request.AfterSequence, context.CancellationToken);
        var lease = streams.Open(caller.MemberId, agencyId, context.CancellationToken);
        try
        {
            await StreamFromAsync(context, caller.MemberId, agencyId, cursor, responses, lease.Token);
        }
        catch (OperationCanceledException) when (lease.IsReplaced)
        {
            // Not a refusal of the caller's request, so not through the refusal log: the status alone.
            throw ErrorDetails.ToRpcException(new HubException(
                StatusCode.Aborted, ErrorReason.SubscriptionReplaced, "a newer stream on this subscription replaced this one"));
        }
        catch (Exception gone) when (context.CancellationToken.IsCancellationRequested && gone is not (OperationCanceledException or RpcException))
        {
            // The member went away mid-write (grpc-dotnet then fails the write): a disconnect, not a hub error.
            throw new OperationCanceledException("the member closed the stream", gone, context.CancellationToken);
        }
        finally
        {
            streams.Close(lease);
        }
    }

    private async Task StreamFromAsync(ServerCallContext context, string memberId, string agencyId, long cursor, IServerStreamWriter<StreamInboxResponse> responses, CancellationToken cancellationToken)
    {
        var interval = options.Value.InboxHeartbeatInterval;
        var recorder = new DeliveryRecorder(
            store, memberId, agencyId, (await store.ReadInboxSubscriptionAsync(memberId, agencyId, cancellationToken))?.Delivered ?? 0);
        var heartbeatDue = time.GetUtcNow();

        // The call was authenticated before it reached the service: the first heartbeat need not do it again.
        var reauthenticate = false;
        try
        {
            while (true)
            {
                if (time.GetUtcNow() >= heartbeatDue)
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    // The stream's credential and rights are checked again at every heartbeat: a pin or an
                    // agency removed from the registry ends an open stream within one interval.
                    if (reauthenticate)
                    {
                        authenticator.AuthenticateCall(context);
                        InboxCursors.Subscriber(context, agencyId);
                    }

                    reauthenticate = true;
                    responses.WriteOptions = null;
                    await responses.WriteAsync(new StreamInboxResponse { Heartbeat = await HeartbeatAsync(memberId, agencyId, cancellationToken) }, CancellationToken.None);
                    heartbeatDue = time.GetUtcNow() + interval;
                }

                recorder.Pump(cancellationToken);
                var doorbell = doorbells.Next(agencyId);
                var page = await NextPageAsync(agencyId, cursor, cancellationToken);
                if (page.Count == 0)
                {
                    // Woken by a commit, or at the heartbeat; either way the store is read again, so even a
                    // missed ring costs at most one interval. A delivery record still owed wakes it too.
                    await WaitAsync(recorder.IsBehind ? Task.WhenAny(doorbell, recorder.InFlight) : doorbell, heartbeatDue - time.GetUtcNow(), cancellationToken);
                    continue;
                }

                // The mark in memory rises before the items are written, so an acknowledgement that
                // overtakes the durable record is judged against it; the record follows behind.
                marks.Raise(memberId, agencyId, page[^1].Sequence);
                recorder.Deliver(page[^1].Sequence, cancellationToken);
                await WritePageAsync(page, memberId, responses, cancellationToken);
                cursor = page[^1].Sequence;
            }
        }
        finally
        {
            await recorder.CompleteAsync();
        }
    }

    /// <summary>
    /// The items after the cursor: from what another stream of the agency just read and built, or else
    /// one page read from the store in one query, built, and kept for the others.
    /// </summary>
    private async Task<IReadOnlyList<InboxItem>> NextPageAsync(string agencyId, long cursor, CancellationToken cancellationToken)
    {
        var recent = items.Recent.After(agencyId, cursor, StreamPage);
        if (recent.Count > 0)
        {
            return recent;
        }

        var stored = await store.ReadInboxAsync(agencyId, cursor, StreamPage, cancellationToken);
        if (stored.Count > 0 && stored[0].InboxSequence != cursor + 1)
        {
            throw InboxCursors.Expired(cursor, stored[0].InboxSequence);
        }

        return await items.BuildPageAsync(stored, cancellationToken);
    }

    /// <summary>
    /// Writes a page with one flush at its end: the items before the last are only buffered (gRPC's
    /// buffer hint), so a page ready at once costs one write to the connection, and the flush still
    /// awaits flow control, so a reader that stops reading holds at most one page in the hub.
    /// </summary>
    private static async Task WritePageAsync(IReadOnlyList<InboxItem> page, string memberId, IServerStreamWriter<StreamInboxResponse> responses, CancellationToken cancellationToken)
    {
        for (var i = 0; i < page.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            responses.WriteOptions = i < page.Count - 1 ? BufferedWrite : null;
            await responses.WriteAsync(new StreamInboxResponse { Item = InboxItems.For(page[i], memberId) }, CancellationToken.None);
        }
    }
}
