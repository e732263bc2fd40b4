using Interop.Hub.WritePath;
using Interop.Store;

namespace Interop.Hub.Diagnostics;

/// <summary>One reading of the store's counters, as <see cref="StoreDiagnostics"/> serves it.</summary>
/// <param name="Appends">Appends committed since the hub started.</param>
/// <param name="Commits">Durable commits (disk syncs) that carried appends or code reservations.</param>
/// <param name="ProbeCommits">Durable commits of health probes alone.</param>
/// <param name="OtherCommits">Durable commits of other writes alone: inbox deliveries and acknowledgements, refusals, registry versions.</param>
/// <param name="CodeNumberWaits">Times a receive waited for a national-code reservation (0 while numbers are reserved ahead in time).</param>
/// <param name="WriterStatementsMs">Milliseconds the single writer spent running statements: its serial work, against the wall clock its share of one core.</param>
/// <param name="WriterCommitsMs">Milliseconds the single writer spent in commits, their disk syncs included.</param>
internal sealed record StoreCountersReading(long Appends, long Commits, long ProbeCommits, long OtherCommits, long CodeNumberWaits, long WriterStatementsMs, long WriterCommitsMs)
{
    public static StoreCountersReading Of(StoreCounters counters, CodeNumbers codes)
        => new(counters.Appends, counters.Commits, counters.ProbeCommits, counters.OtherCommits, codes.Waits,
            (long)counters.StatementTime.TotalMilliseconds, (long)counters.CommitTime.TotalMilliseconds);
}
