using System.Collections.Concurrent;
using Interop.Adapters.Sdk.Inbox;
using Interop.Adapters.Sdk.Mapping;
using Interop.Protos.Inbox.V1;

namespace Interop.Adapters.Sdk.Tests.Inbox;

/// <summary>
/// A legacy system that is not idempotent (every write adds a record), with switches to die right after
/// a write (before the SDK can record it) and to refuse an item as unmappable.
/// </summary>
internal sealed class FakeLegacyDesk : ILegacyInboxWriter
{
    public ConcurrentQueue<(string Marker, long Sequence)> Records { get; } = new();

    /// <summary>The write of this inbox sequence succeeds, then the process "dies".</summary>
    public long DieAfterWriting { get; set; } = -1;

    /// <summary>This inbox sequence cannot be mapped.</summary>
    public long Unmappable { get; set; } = -1;

    public Task<bool> IsWrittenAsync(string marker, CancellationToken cancellationToken)
        => Task.FromResult(Records.Any(r => r.Marker == marker));

    public Task WriteAsync(InboxItem item, string marker, CancellationToken cancellationToken)
    {
        if (item.Sequence == Unmappable)
        {
            throw new MappingException("LEGACY_TEXT_NOT_ENCODABLE", "dossier.personal_data.owner.name", "TCVN3 has no bytes for U+20AC at 4.");
        }

        Records.Enqueue((marker, item.Sequence));
        if (item.Sequence == DieAfterWriting)
        {
            throw new ProcessDiedException();
        }

        return Task.CompletedTask;
    }
}

/// <summary>Stands for a kill -9 between the legacy write and the SDK's record of it.</summary>
internal sealed class ProcessDiedException : Exception;
