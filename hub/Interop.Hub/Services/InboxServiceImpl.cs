using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Services;

/// <summary>
/// Serves InboxService of the standard. Until its issue lands, every method answers UNIMPLEMENTED
/// (the generated base class does so): nothing pretends to succeed.
/// </summary>
internal sealed class InboxServiceImpl : InboxService.InboxServiceBase;
