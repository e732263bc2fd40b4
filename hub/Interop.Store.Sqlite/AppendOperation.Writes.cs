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
                INSERT INTO events(dossier_id, sequence, type, hash, recorded_ticks, recorded_offset)
                VALUES(@dossier, @sequence, @type, @hash, @ticks, @offset) RETURNING position
                """)
                .Bind("@dossier", request.DossierId).Bind("@sequence", e.Sequence).Bind("@type", e.Type.Value).Bind("@hash", e.Hash)
                .Bind("@ticks", StoredTime.Ticks(e.RecordedTime)).Bind("@offset", StoredTime.Offset(e.RecordedTime))
                .ExecuteScalar()!;
            session.Prepare("INSERT INTO event_blobs(position, body, personal_part, receipt) VALUES(@position, @body, @personal, @receipt)")
                .Bind("@position", positions[i]).Bind("@body", packedEvents[i].Body).Bind("@personal", packedEvents[i].PersonalPart)
                .Bind("@receipt", e.Receipt ?? [])
                .ExecuteNonQuery();
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
        command.Bind("@id", request.DossierId).Bind("@version", request.Events[^1].Sequence).Bind("@state", packedState)
            .Bind("@head", request.Events[^1].Hash).Bind("@status", request.Status.Value).ExecuteNonQuery();
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
        var committed = new List<InboxCommit>(request.Routes.Count);
        foreach (var route in request.Routes)
        {
            // The head moves inside the transaction: a rolled-back savepoint or batch leaves no gap, and
            // the head outlives pruning, so no sequence is handed out twice.
            var sequence = (long)session.Prepare("""
                INSERT INTO inbox_heads(agency_id, head) VALUES(@agency, 1)
                ON CONFLICT(agency_id) DO UPDATE SET head = head + 1 RETURNING head
                """)
                .Bind("@agency", route.AgencyId).ExecuteScalar()!;
            session.Prepare("""
                INSERT INTO inbox(agency_id, inbox_sequence, dossier_id, event_sequence, roles, origin_member_id, origin_request_id, position)
                VALUES(@agency, @inboxSequence, @dossier, @sequence, @roles, @member, @request, @position)
                """)
                .Bind("@agency", route.AgencyId).Bind("@inboxSequence", sequence).Bind("@dossier", request.DossierId).Bind("@sequence", route.Sequence)
                .Bind("@roles", RowReaders.FormatRoles(route.Roles)).Bind("@member", route.OriginMemberId)
                .Bind("@request", route.OriginRequestId).Bind("@position", positions[route.Sequence - first])
                .ExecuteNonQuery();
            committed.Add(new InboxCommit(route.AgencyId, sequence, request.DossierId, route.Sequence));
        }

        inboxItems = committed;
    }

    private void WriteLookupDigest(WriterSession session)
    {
        // The first digest of a code stays: the secret printed on the citizen's slip never stops working.
        if (request.LookupDigest is { } lookup)
        {
            session.Prepare("""
                INSERT INTO lookup_digests(national_code, dossier_id, salt, digest) VALUES(@code, @dossier, @salt, @digest)
                ON CONFLICT(national_code) DO NOTHING
                """)
                .Bind("@code", lookup.NationalCode).Bind("@dossier", lookup.DossierId).Bind("@salt", lookup.Salt).Bind("@digest", lookup.Digest)
                .ExecuteNonQuery();
        }
    }

    private void WriteRoles(WriterSession session, bool isNew, long createdOrder)
    {
        // Having held a dossier is history, not a current relation: those rows survive every replacement.
        if (!isNew)
        {
            session.Prepare("DELETE FROM dossier_roles WHERE dossier_id = @id AND role <> @everHeld")
                .Bind("@id", request.DossierId).Bind("@everHeld", (int)ListRole.EverHeld).ExecuteNonQuery();
        }

        foreach (var role in request.Roles)
        {
            session.Prepare("INSERT OR IGNORE INTO dossier_roles(dossier_id, agency_id, role, created_order) VALUES(@id, @agency, @role, @created)")
                .Bind("@id", request.DossierId).Bind("@agency", role.AgencyId).Bind("@role", (int)role.Role).Bind("@created", createdOrder)
                .ExecuteNonQuery();
        }
    }
}
