using Grpc.Core;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// One open StreamInbox call, read as a member reads it: message by message, each awaited with a
/// timeout. A read that times out stays pending and the next read awaits it, so nothing is lost.
/// Dispose cancels the call, as a member that disconnects does.
/// </summary>
internal sealed class InboxStream(AsyncServerStreamingCall<StreamInboxResponse> call) : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private Task<bool>? pending;

    /// <summary>The call itself, for a test that reads its response stream directly.</summary>
    public AsyncServerStreamingCall<StreamInboxResponse> Call => call;

    /// <summary>The next message, or null when none came within the timeout.</summary>
    public async Task<StreamInboxResponse?> TryNextAsync(TimeSpan timeout)
    {
        var move = pending ??= call.ResponseStream.MoveNext(CancellationToken.None);
        try
        {
            await move.WaitAsync(timeout);
        }
        catch (TimeoutException) when (!move.IsCompleted)
        {
            return null;
        }
        finally
        {
            if (move.IsCompleted)
            {
                pending = null;
            }
        }

        return move.Result ? call.ResponseStream.Current : throw new InvalidOperationException("the hub ended the inbox stream without an error");
    }

    public async Task<StreamInboxResponse> NextAsync(TimeSpan? timeout = null)
        => await TryNextAsync(timeout ?? Patience) ?? throw new TimeoutException($"no inbox message within {timeout ?? Patience}");

    /// <summary>The message a stream starts with, which must be a heartbeat.</summary>
    public async Task<Heartbeat> FirstHeartbeatAsync()
    {
        var first = await NextAsync();
        Assert.True(first.KindCase == StreamInboxResponse.KindOneofCase.Heartbeat, $"the stream began with {first.KindCase}: {first}");
        return first.Heartbeat;
    }

    /// <summary>The next item, past any heartbeats.</summary>
    public async Task<InboxItem> NextItemAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var next = await NextAsync(timeout);
            if (next.KindCase == StreamInboxResponse.KindOneofCase.Item)
            {
                return next.Item;
            }
        }
    }

    /// <summary>
    /// Reads at least <paramref name="items"/> items and then on to the first heartbeat the hub sent
    /// at or after <paramref name="notBefore"/> (so every item routed before that instant has had its
    /// turn); every item read on the way is kept, extra ones included. Stops at the timeout with what
    /// it has, so that a test compares what came with what should have.
    /// </summary>
    public async Task<Reading> ReadAsync(int items, DateTimeOffset notBefore, TimeSpan? timeout = null)
    {
        var read = new List<InboxItem>();
        var deadline = DateTimeOffset.UtcNow + (timeout ?? Patience);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var next = await TryNextAsync(deadline - DateTimeOffset.UtcNow);
            if (next is null)
            {
                break;
            }

            if (next.KindCase == StreamInboxResponse.KindOneofCase.Item)
            {
                read.Add(next.Item);
            }
            else if (read.Count >= items && next.Heartbeat.Time is { } time && time.ToDateTimeOffset() >= notBefore)
            {
                return new Reading(read, next.Heartbeat);
            }
        }

        return new Reading(read, null);
    }

    /// <summary>Reads until the hub ends the stream with an error; the items that came before it are kept.</summary>
    public async Task<(List<InboxItem> Items, RpcException Error)> EndAsync(TimeSpan? timeout = null)
    {
        var items = new List<InboxItem>();
        while (true)
        {
            try
            {
                var next = await NextAsync(timeout);
                if (next.KindCase == StreamInboxResponse.KindOneofCase.Item)
                {
                    items.Add(next.Item);
                }
            }
            catch (RpcException error)
            {
                return (items, error);
            }
        }
    }

    public void Dispose() => call.Dispose();

    /// <summary>Items read, and the heartbeat that closed the reading (null when none came in time).</summary>
    internal sealed record Reading(List<InboxItem> Items, Heartbeat? Heartbeat);
}
