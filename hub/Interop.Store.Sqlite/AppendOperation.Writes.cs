namespace Interop.Store.Sqlite;

/// <summary>The writes of an append that passed its checks.</summary>
internal sealed partial class AppendOperation
{
    private long[] InsertEvents(WriterSession session)
    {
        var positions = new long[request.Events.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            var e = request.Events[i];
            positions[i] = (long)session.Prepare("""
                INSERT INTO events(dossier_id, sequence, type, body, hash, personal_part, receipt, recorded_ticks, recorded_offset)
                VALUES(@dossier, @sequence, @type, @body, @hash, @personal, @receipt, @ticks, @offset) RETURNING position
                """)
                .Bind("@dossier", request.DossierId).Bind("@sequence", e.Sequence).Bind("@type", e.Type)
                .Bind("@body", e.Body).Bind("@hash", e.Hash).Bind("@personal", e.PersonalPart)
                .Bind("@receipt", e.Receipt ?? [])
                .Bind("@ticks", StoredTime.Ticks(e.RecordedTime)).Bind("@offset", StoredTime.Offset(e.RecordedTime))
                .ExecuteScalar()!;
        }

        return positions;
    }

    private void WriteDossier(WriterSession session, bool isNew, long createdOrder)
    {
        var command = isNew
            ? session.Prepare("""
                INSERT INTO dossiers(id, version, state, head_hash, created_order, status)
                VALUES(@id, @version, @state, @head, @created, @status)
                """).Bind("@created", createdOrder)
            : session.Prepare("UPDATE dossiers SET version = @version, state = @state, head_hash = @head, status = @status WHERE id = @id");
        command.Bind("@id", request.DossierId).Bind("@version", request.Events[^1].Sequence).Bind("@state", request.State)
            .Bind("@head", request.Events[^1].Hash).Bind("@status", request.Status).ExecuteNonQuery();
    }

    private void WriteIdempotency(WriterSession session)
    {
        if (request.Idempotency is not { } key)
        {
            return;
        }

        session.Prepare("""
            INSERT INTO idempotency(member_id, request_id, digest, dossier_id, sequence, recorded_ticks, recorded_offset)
            VALUES(@member, @request, @digest, @dossier, @sequence, @ticks, @offset)
            """)
            .Bind("@member", key.MemberId).Bind("@request", key.RequestId).Bind("@digest", key.Digest)
            .Bind("@dossier", key.DossierId).Bind("@sequence", key.Sequence)
            .Bind("@ticks", StoredTime.Ticks(key.RecordedTime)).Bind("@offset", StoredTime.Offset(key.RecordedTime))
            .ExecuteNonQuery();
    }

    private void WriteInbox(WriterSession session, long[] positions)
    {
        var first = request.Events[0].Sequence;
        foreach (var route in request.Routes)
        {
            // Previous head + 1 inside the transaction: a rolled-back savepoint or batch leaves no gap.
            session.Prepare("""
                INSERT INTO inbox(agency_id, inbox_sequence, dossier_id, event_sequence, roles, origin_member_id, origin_request_id, position)
                VALUES(@agency, (SELECT COALESCE(MAX(inbox_sequence), 0) + 1 FROM inbox WHERE agency_id = @agency),
                       @dossier, @sequence, @roles, @member, @request, @position)
                """)
                .Bind("@agency", route.AgencyId).Bind("@dossier", request.DossierId).Bind("@sequence", route.Sequence)
                .Bind("@roles", RowReaders.FormatRoles(route.Roles)).Bind("@member", route.OriginMemberId)
                .Bind("@request", route.OriginRequestId).Bind("@position", positions[route.Sequence - first])
                .ExecuteNonQuery();
        }
    }

    private void WriteRoles(WriterSession session, long createdOrder)
    {
        // Having held a dossier is history, not a current relation: those rows survive every replacement.
        session.Prepare("DELETE FROM dossier_roles WHERE dossier_id = @id AND role <> @everHeld")
            .Bind("@id", request.DossierId).Bind("@everHeld", EverHeld).ExecuteNonQuery();
        foreach (var role in request.Roles)
        {
            session.Prepare("INSERT OR IGNORE INTO dossier_roles(dossier_id, agency_id, role, created_order) VALUES(@id, @agency, @role, @created)")
                .Bind("@id", request.DossierId).Bind("@agency", role.AgencyId).Bind("@role", role.Role).Bind("@created", createdOrder)
                .ExecuteNonQuery();
        }
    }
}
