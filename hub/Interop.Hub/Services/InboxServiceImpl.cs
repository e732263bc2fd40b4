using Grpc.Core;
using Interop.Hub.Inbox;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Services;

/// <summary>Serves InboxService: each method delegates to the inbox delivery.</summary>
internal sealed class InboxServiceImpl(InboxDelivery inbox) : InboxService.InboxServiceBase
{
    public override Task StreamInbox(StreamInboxRequest request, IServerStreamWriter<StreamInboxResponse> responseStream, ServerCallContext context)
        => inbox.StreamAsync(request, responseStream, context);

    public override Task<PullInboxResponse> PullInbox(PullInboxRequest request, ServerCallContext context)
        => inbox.PullAsync(request, context);

    public override Task<AcknowledgeInboxResponse> AcknowledgeInbox(AcknowledgeInboxRequest request, ServerCallContext context)
        => inbox.AcknowledgeAsync(request, context);
}
