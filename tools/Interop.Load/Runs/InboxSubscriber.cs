using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Interop.Load.Measure;
using Interop.Load.Wire;
using Interop.Protos.Inbox.V1;

namespace Interop.Load.Runs;

/// <summary>
/// One subscriber on StreamInbox from the head: matches each item to its send by the origin's request
/// id, records the submit-to-delivery latency of the measured calls, and acknowledges what it received
/// every 200 ms.
/// </summary>
internal sealed class InboxSubscriber(GrpcChannel channel, SubscriberPair pair, RequestIds ids, SendTimes sends)
{
    private static readonly TimeSpan AcknowledgeEvery = TimeSpan.FromMilliseconds(200);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Metadata headers = LoadTarget.Bearer(pair.Token);
    private long delivered;
    private long latestSequence;

    public SubscriberPair Pair { get; } = pair;

    public LatencyHistogram Latency { get; } = new();

    /// <summary>The ingest's measured window, set before it starts; items before are not measured.</summary>
    public MeasuredWindow? Window { get; set; }

    /// <summary>Measured calls received.</summary>
    public long Delivered => Interlocked.Read(ref delivered);

    /// <summary>Completes at the stream's first heartbeat: the subscription is open.</summary>
    public Task Ready => ready.Task;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var acknowledging = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var acknowledgements = AcknowledgeAsync(acknowledging.Token);
        try
        {
            using var call = channel.CreateCallInvoker().AsyncServerStreamingCall(
                RawMethods.StreamInbox, null, new CallOptions(headers, cancellationToken: cancellationToken), new StreamInboxRequest { AgencyId = Pair.AgencyId, Start = StartPosition.Head });
            await foreach (var signal in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                if (!signal.IsItem)
                {
                    ready.TrySetResult();
                    continue;
                }

                var now = Stopwatch.GetTimestamp();
                Volatile.Write(ref latestSequence, signal.Sequence);
                if (ids.NumberOf(signal.RequestId) is > 0 and var number && sends.Of(number) is var sent and > 0 && Window is { } window && window.Contains(sent))
                {
                    Latency.Record(sent, now);
                    Interlocked.Increment(ref delivered);
                }
            }
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            // The run ended the stream.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The run ended the stream.
        }
        catch (RpcException error)
        {
            ready.TrySetException(error);
            throw;
        }
        finally
        {
            await acknowledging.CancelAsync();
            await acknowledgements;
        }
    }

    private async Task AcknowledgeAsync(CancellationToken cancellationToken)
    {
        var inbox = new InboxService.InboxServiceClient(channel);
        long acknowledged = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(AcknowledgeEvery, cancellationToken);
                var latest = Volatile.Read(ref latestSequence);
                if (latest > acknowledged)
                {
                    await inbox.AcknowledgeInboxAsync(new AcknowledgeInboxRequest { AgencyId = Pair.AgencyId, Sequence = latest }, headers, cancellationToken: cancellationToken);
                    acknowledged = latest;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
        catch (RpcException) when (cancellationToken.IsCancellationRequested)
        {
            // The run is over.
        }
    }
}
