using System.Globalization;

namespace Interop.Store.Sqlite;

/// <summary>
/// Reserves a block of an agency's national-code numbers for a local day. Going through the writer
/// makes every reservation durable before it is handed out, so a restart can skip numbers but never
/// repeat one, and it shares its sync with the appends of its batch.
/// </summary>
internal sealed class CodeNumbersOperation(string agencyId, DateOnly localDate, int count, CancellationToken cancellationToken)
    : WriteOperation<long>(cancellationToken)
{
    public override CommitClass Commit => CommitClass.WritePath;

    public override bool Execute(WriterSession session)
    {
        // "next" is the first number not yet handed out.
        Result = (long)session.Prepare("""
            INSERT INTO daily_sequences(agency_id, local_date, next) VALUES(@agency, @date, 1 + @count)
            ON CONFLICT(agency_id, local_date) DO UPDATE SET next = next + @count
            RETURNING next - @count
            """)
            .Bind("@agency", agencyId).Bind("@date", localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Bind("@count", count)
            .ExecuteScalar()!;
        return true;
    }
}
