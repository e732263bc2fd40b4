namespace Interop.Store.Sqlite;

/// <summary>
/// Removes the oldest items of each inbox routed before a time. Only a prefix goes: an agency's walk
/// stops at its first younger item (recorded times of neighbours in one batch may be out of order by a
/// moment), so the items left stay gapless. Heads are untouched, so removed sequences are never reused.
/// </summary>
internal sealed class InboxPruneOperation(DateTimeOffset routedBefore, int limit, CancellationToken cancellationToken)
    : WriteOperation<int>(cancellationToken)
{
    public override bool Execute(WriterSession session)
    {
        var agencies = new List<string>();
        using (var reader = session.Prepare("SELECT agency_id FROM inbox_heads ORDER BY agency_id").ExecuteReader())
        {
            while (reader.Read())
            {
                agencies.Add(reader.GetString(0));
            }
        }

        var removed = 0;
        var cutoff = StoredTime.Ticks(routedBefore);
        foreach (var agency in agencies)
        {
            if (removed >= limit)
            {
                break;
            }

            long last = 0;
            using (var reader = session.Prepare("""
                SELECT i.inbox_sequence, e.recorded_ticks FROM inbox AS i JOIN events AS e ON e.position = i.position
                WHERE i.agency_id = @agency ORDER BY i.inbox_sequence LIMIT @limit
                """).Bind("@agency", agency).Bind("@limit", limit - removed).ExecuteReader())
            {
                while (reader.Read() && reader.GetInt64(1) < cutoff)
                {
                    last = reader.GetInt64(0);
                }
            }

            if (last > 0)
            {
                removed += session.Prepare("DELETE FROM inbox WHERE agency_id = @agency AND inbox_sequence <= @last")
                    .Bind("@agency", agency).Bind("@last", last).ExecuteNonQuery();
            }
        }

        Result = removed;
        return true;
    }
}
