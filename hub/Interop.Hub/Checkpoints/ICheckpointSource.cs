using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Checkpoints;

/// <summary>
/// The latest signed checkpoint of the hub's event log (a C2SP signed note over the log's size and
/// Merkle root), which inbox heartbeats and pulls carry so that members keep it (DESIGN.md §7).
/// </summary>
public interface ICheckpointSource
{
    /// <summary>The latest checkpoint; never null once the hub has started (an empty log has one too).</summary>
    SignedCheckpoint Latest { get; }
}
