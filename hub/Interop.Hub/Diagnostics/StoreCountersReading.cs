namespace Interop.Hub.Diagnostics;

/// <summary>One reading of the store's counters, as <see cref="StoreDiagnostics"/> serves it.</summary>
/// <param name="Appends">Appends committed since the hub started.</param>
/// <param name="Commits">Durable commits (disk syncs) since the hub started.</param>
internal sealed record StoreCountersReading(long Appends, long Commits);
