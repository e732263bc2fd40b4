using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Tests.Inbox;

/// <summary>One member's inbox calls, with its development token.</summary>
internal sealed class InboxProbe(HubProcess hub, Members.Client member)
{
    public InboxService.InboxServiceClient Client { get; } = new(hub.Channel);

    public Members.Client Member => member;

    public async Task<PullInboxResponse> PullAsync(string agencyId, StartPosition start = StartPosition.Unspecified, long after = 0, int max = 0, TimeSpan? wait = null)
        => await Client.PullInboxAsync(
            new PullInboxRequest { AgencyId = agencyId, Start = start, AfterSequence = after, MaxItems = max, Wait = wait is { } w ? Duration.FromTimeSpan(w) : null },
            member.Options);

    public async Task<long> AcknowledgeAsync(string agencyId, long sequence)
        => (await Client.AcknowledgeInboxAsync(new AcknowledgeInboxRequest { AgencyId = agencyId, Sequence = sequence }, member.Options)).AcknowledgedSequence;

    public AsyncServerStreamingCall<StreamInboxResponse> Stream(string agencyId, StartPosition start = StartPosition.Unspecified, long after = 0, CancellationToken cancellationToken = default)
        => Client.StreamInbox(
            new StreamInboxRequest { AgencyId = agencyId, Start = start, AfterSequence = after },
            member.Options.WithCancellationToken(cancellationToken));

    /// <summary>The next message of a stream, failing the test if none comes in time.</summary>
    public static async Task<StreamInboxResponse> NextAsync(AsyncServerStreamingCall<StreamInboxResponse> call, TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? TimeSpan.FromSeconds(20));
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token), "the stream ended");
        return call.ResponseStream.Current;
    }

    /// <summary>The next item of a stream, skipping heartbeats.</summary>
    public static async Task<InboxItem> NextItemAsync(AsyncServerStreamingCall<StreamInboxResponse> call, TimeSpan? patience = null)
    {
        while (true)
        {
            var next = await NextAsync(call, patience);
            if (next.KindCase == StreamInboxResponse.KindOneofCase.Item)
            {
                return next.Item;
            }
        }
    }
}
