using System.Globalization;
using Grpc.Core;
using Interop.Domain.Rights;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Protos.Error.V1;
using Interop.Protos.Inbox.V1;
using Interop.Store;

namespace Interop.Hub.Inbox;

/// <summary>Who may read an inbox, and where a stream or pull starts (INBOX-2, INBOX-5).</summary>
internal sealed class InboxCursors(IInboxStore store)
{
    /// <summary>The caller, if it is a member registered for the agency; auditors read through AuditService.</summary>
    public static Caller Subscriber(ServerCallContext context, string agencyId)
    {
        var caller = AuthenticatedCaller.Of(context);
        if (agencyId.Length == 0)
        {
            throw Fail.Field("agency_id", "required: the agency whose inbox to read");
        }

        if (!ReadRights.CanSubscribe(caller, agencyId))
        {
            throw Fail.Denied(
                ErrorReason.AgencyNotRegisteredToMember,
                caller.IsAuditor ? "auditors read through AuditService; they do not subscribe to inboxes" : "the agency is not registered to the calling member");
        }

        return caller;
    }

    /// <summary>The sequence to read after: checked against the inbox's head and its oldest retained item.</summary>
    public async Task<long> StartAsync(string memberId, string agencyId, StartPosition start, long afterSequence, CancellationToken cancellationToken)
    {
        var head = await store.InboxHeadAsync(agencyId, cancellationToken);
        long cursor;
        switch (start)
        {
            case StartPosition.Head:
                return head;
            case StartPosition.AfterSequence when afterSequence < 0:
                throw Fail.Field("after_sequence", "zero or more");
            case StartPosition.AfterSequence when afterSequence > head:
                throw Fail.Field("after_sequence", $"beyond the inbox's head sequence {head}");
            case StartPosition.AfterSequence:
                cursor = afterSequence;
                break;
            case StartPosition.Unspecified:
                var subscription = await store.ReadInboxSubscriptionAsync(memberId, agencyId, cancellationToken);
                cursor = subscription is { Acknowledged: > 0 } acknowledged
                    ? acknowledged.Acknowledged
                    : await store.InboxOldestAsync(agencyId, cancellationToken) - 1;
                break;
            default:
                throw Fail.Field("start", "a StartPosition of the standard");
        }

        var oldest = await store.InboxOldestAsync(agencyId, cancellationToken);
        if (cursor + 1 < oldest)
        {
            throw Expired(cursor, oldest);
        }

        return cursor;
    }

    /// <summary>The items after a cursor were pruned: the member resynchronises by listing dossiers.</summary>
    public static HubException Expired(long cursor, long oldest)
        => new(
            StatusCode.OutOfRange,
            ErrorReason.CursorExpired,
            $"items after {cursor} are no longer retained (the oldest is {oldest}); resynchronise by listing dossiers",
            null,
            new Dictionary<string, string> { ["oldest_sequence"] = oldest.ToString(CultureInfo.InvariantCulture) });
}
