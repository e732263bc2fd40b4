using Interop.Protos.Inbox.V1;

namespace Interop.Adapters.Sdk.Inbox;

/// <summary>
/// What an adapter does with an agency's inbox item in its legacy system. The legacy system need not
/// be idempotent: the SDK calls <see cref="IsWrittenAsync"/> before writing again an item whose write
/// may have happened before a crash, so a write must leave its marker where that look can find it
/// (a receipt number, a file name, a note field).
/// </summary>
public interface ILegacyInboxWriter
{
    /// <summary>The marker the write of this item leaves in the legacy system: stable for the item (the event id serves).</summary>
    string MarkerFor(InboxItem item) => item.Event.Body?.Id is { Length: > 0 } id ? id : Interop.Protos.Dossier.V1.EventBody.Parser.ParseFrom(item.Event.BodyBytes).Id;

    /// <summary>Whether the legacy system holds the write that left this marker.</summary>
    Task<bool> IsWrittenAsync(string marker, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the item into the legacy system, or decides it needs no write. Throws
    /// <see cref="Mapping.MappingException"/> when the item cannot be written (the SDK parks it).
    /// </summary>
    Task WriteAsync(InboxItem item, string marker, CancellationToken cancellationToken);

    /// <summary>
    /// What follows a write on the hub's side (the land office's acceptance of a hand-over it took in):
    /// run after the write and after a write found done after a crash, before the item counts as
    /// processed; it must be idempotent (a <see cref="Hub.HubAppender"/> step is).
    /// </summary>
    Task AfterWrittenAsync(InboxItem item, CancellationToken cancellationToken) => Task.CompletedTask;
}
