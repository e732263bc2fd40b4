using System.Globalization;
using Interop.Adapters.Sdk.Checkpoint;

namespace Interop.Adapters.Land;

/// <summary>
/// The land system's history before the switch-on. The feed's head is recorded once, at the first
/// start, before any record is sent or adopted: a report up to it about a record this adapter never
/// sent a transfer for is history (a record from before the hub, adopted or not), and is passed over
/// rather than replayed or parked by the thousand; an adopted record's state is imported at its
/// adoption instead (<see cref="LandInboxWriter"/>).
/// </summary>
public sealed class LandHistory(LandClient land, AdapterCheckpoint checkpoint)
{
    private const string HeadCursor = "feed-history-head";

    /// <summary>The head recorded at the first start (read to the feed's end then; the first reader's stays).</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        if (checkpoint.Cursor(HeadCursor) is { } recorded)
        {
            return long.Parse(recorded, CultureInfo.InvariantCulture);
        }

        var head = long.Parse(checkpoint.Cursor(LandFeed.Cursor) ?? "0", CultureInfo.InvariantCulture);
        for (var page = await land.ReportsAsync(head, cancellationToken); page.Count > 0; page = await land.ReportsAsync(head, cancellationToken))
        {
            head = page[^1].Seq;
        }

        return long.Parse(checkpoint.SetCursorOnce(HeadCursor, head.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a report is history: up to the head, about a record this adapter did not send.</summary>
    public bool IsHistory(LandReport report, long head)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Seq <= head && checkpoint.Cursor(LandInboxWriter.SentCursor + report.SoBienNhan) is null;
    }
}
