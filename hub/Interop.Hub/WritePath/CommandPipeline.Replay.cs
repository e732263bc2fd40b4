using Interop.Hub.Errors;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

internal sealed partial class CommandPipeline
{
    /// <summary>
    /// A committed (member, request id): the same request answers its original outcome byte for byte
    /// (the state after that event, the stored event and its stored receipt); another request is refused.
    /// </summary>
    private async Task<MutationOutcome> ReplayAsync(IdempotencyRecord committed, byte[] digest, CancellationToken cancellationToken)
    {
        if (!committed.Digest.AsSpan().SequenceEqual(digest))
        {
            throw Fail.Exists(ErrorReason.RequestIdReused, "the request id was used for a different request");
        }

        var events = await StoredEvents.ReadUpToAsync(store, committed.DossierId, committed.Sequence, cancellationToken);
        var stored = events.Count == committed.Sequence
            ? events[^1]
            : throw new InvalidOperationException($"dossier {committed.DossierId} lacks event {committed.Sequence} of a committed request");
        return new MutationOutcome
        {
            Dossier = StoredEvents.Fold(events),
            Event = StoredEvents.AsAnswered(stored, log.LogId),
            Receipt = StoredEvents.ReceiptOf(stored),
        };
    }
}
