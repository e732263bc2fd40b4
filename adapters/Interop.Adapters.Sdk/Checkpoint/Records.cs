namespace Interop.Adapters.Sdk.Checkpoint;

/// <summary>How far one agency's inbox went through the adapter.</summary>
/// <param name="Processed">The last item written into the legacy system or skipped (INBOX-8: the de-duplication cursor).</param>
/// <param name="Acknowledged">The last item the hub took an acknowledgement for.</param>
/// <param name="Pending">The item whose legacy write began but was not recorded as done.</param>
/// <param name="CheckpointNote">The latest signed checkpoint received.</param>
public sealed record InboxProgress(long Processed, long Acknowledged, PendingWrite? Pending, string? CheckpointNote);

/// <summary>An inbox item whose legacy write may or may not have happened, and the marker to look for.</summary>
public sealed record PendingWrite(long Sequence, string Marker);

/// <summary>Which way a parked record was going.</summary>
public enum ParkDirection
{
    /// <summary>A legacy record on its way to the hub.</summary>
    ToHub,

    /// <summary>An inbox item on its way into the legacy system.</summary>
    ToLegacy,
}

/// <summary>Why a record could not be mapped: a reason code, the field, and a detail that holds no personal data.</summary>
public sealed record MappingProblem(string Reason, string Field, string Detail);

/// <summary>A parked record, as <c>interop-adapter parked list</c> shows it (without its payload).</summary>
public sealed record ParkedRecord(long Id, ParkDirection Direction, string RecordId, string Version, MappingProblem Problem, byte[] Payload, DateTimeOffset ParkedAt, int Attempts, string State);
