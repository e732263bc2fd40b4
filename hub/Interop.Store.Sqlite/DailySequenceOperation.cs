using System.Globalization;

namespace Interop.Store.Sqlite;

/// <summary>
/// Reserves an agency's next number for a local day. Going through the writer makes every reservation
/// durable before it is handed out, so a restart can skip numbers but never repeat one.
/// </summary>
internal sealed class DailySequenceOperation(string agencyId, DateOnly localDate, CancellationToken cancellationToken)
    : WriteOperation<long>(cancellationToken)
{
    public override bool Execute(WriterSession session)
    {
        Result = (long)session.Prepare("""
            INSERT INTO daily_sequences(agency_id, local_date, next) VALUES(@agency, @date, 2)
            ON CONFLICT(agency_id, local_date) DO UPDATE SET next = next + 1
            RETURNING next - 1
            """)
            .Bind("@agency", agencyId).Bind("@date", localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ExecuteScalar()!;
        return true;
    }
}
