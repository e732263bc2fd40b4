namespace Interop.Store.Sqlite;

/// <summary>Appends to the refusal log; the position is assigned here, whatever the entry carried.</summary>
internal sealed class RefusalOperation(RefusalEntry refusal, CancellationToken cancellationToken)
    : WriteOperation<long>(cancellationToken)
{
    public override bool Execute(WriterSession session)
    {
        Result = (long)session.Prepare("""
            INSERT INTO refusals(time_ticks, time_offset, member_id, acting_agency_id, method, dossier_id, request_id, status_code, reason)
            VALUES(@ticks, @offset, @member, @agency, @method, @dossier, @request, @code, @reason) RETURNING position
            """)
            .Bind("@ticks", StoredTime.Ticks(refusal.Time)).Bind("@offset", StoredTime.Offset(refusal.Time))
            .Bind("@member", refusal.MemberId).Bind("@agency", refusal.ActingAgencyId).Bind("@method", refusal.Method)
            .Bind("@dossier", refusal.DossierId).Bind("@request", refusal.RequestId).Bind("@code", refusal.StatusCode.Value)
            .Bind("@reason", refusal.Reason).ExecuteScalar()!;
        return true;
    }
}
