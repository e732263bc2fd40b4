namespace Interop.Store.Sqlite;

/// <summary>
/// Moves a subscription's delivered or acknowledged sequence forward, durably, and returns it. Both
/// only grow (MAX), so concurrent or repeated calls in any order leave the highest; an acknowledgement
/// also counts as delivered, which keeps acknowledged ≤ delivered.
/// </summary>
internal sealed class InboxSubscriptionOperation(string sql, string memberId, string agencyId, long sequence, CancellationToken cancellationToken)
    : WriteOperation<long>(cancellationToken)
{
    public const string Delivery = """
        INSERT INTO inbox_subscriptions(member_id, agency_id, acknowledged, delivered) VALUES(@member, @agency, 0, @sequence)
        ON CONFLICT(member_id, agency_id) DO UPDATE SET delivered = MAX(delivered, excluded.delivered)
        RETURNING delivered
        """;

    public const string Acknowledgement = """
        INSERT INTO inbox_subscriptions(member_id, agency_id, acknowledged, delivered) VALUES(@member, @agency, @sequence, @sequence)
        ON CONFLICT(member_id, agency_id) DO UPDATE SET
            acknowledged = MAX(acknowledged, excluded.acknowledged), delivered = MAX(delivered, excluded.acknowledged)
        RETURNING acknowledged
        """;

    public override bool Execute(WriterSession session)
    {
        Result = (long)session.Prepare(sql).Bind("@member", memberId).Bind("@agency", agencyId).Bind("@sequence", sequence).ExecuteScalar()!;
        return true;
    }
}
