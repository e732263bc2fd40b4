using System.Globalization;
using Grpc.Core;
using Interop.Hub.Errors;
using Interop.Protos.Error.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Inbox;

internal sealed partial class InboxDelivery
{
    /// <summary>Cumulative and durable; a lower sequence answers the current acknowledgement; beyond what was delivered is refused.</summary>
    public async Task<AcknowledgeInboxResponse> AcknowledgeAsync(AcknowledgeInboxRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var caller = InboxCursors.Subscriber(context, request.AgencyId);
        if (request.Sequence < 0)
        {
            throw Fail.Field("sequence", "zero or more");
        }

        var subscription = await store.ReadInboxSubscriptionAsync(caller.MemberId, request.AgencyId, cancellationToken);
        if (request.Sequence <= (subscription?.Acknowledged ?? 0))
        {
            return new AcknowledgeInboxResponse { AcknowledgedSequence = subscription?.Acknowledged ?? 0 };
        }

        var delivered = Math.Max(subscription?.Delivered ?? 0, marks.Of(caller.MemberId, request.AgencyId));
        if (request.Sequence > delivered)
        {
            throw new HubException(
                StatusCode.FailedPrecondition,
                ErrorReason.AcknowledgementBeyondDelivered,
                $"sequence {request.Sequence} is beyond the last item delivered to this subscription ({delivered})",
                null,
                new Dictionary<string, string> { ["delivered_sequence"] = delivered.ToString(CultureInfo.InvariantCulture) });
        }

        return new AcknowledgeInboxResponse
        {
            AcknowledgedSequence = await store.AcknowledgeInboxAsync(caller.MemberId, request.AgencyId, request.Sequence, cancellationToken),
        };
    }
}
