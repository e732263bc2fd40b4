namespace Interop.Store.Sqlite;

/// <summary>The writes of an append that passed its checks.</summary>
internal sealed partial class AppendOperation
{
    private static readonly MultiRowSql InboxHeads = new(
        "INSERT INTO inbox_heads(agency_id, head)", 2, " ON CONFLICT(agency_id) DO UPDATE SET head = head + excluded.head RETURNING agency_id, head");

    private static readonly MultiRowSql InboxItems = new(
        "INSERT INTO inbox(agency_id, inbox_sequence, dossier_id, event_sequence, roles, origin_member_id, origin_request_id, position)", 8);

    private static readonly MultiRowSql ListRoles = new("INSERT OR IGNORE INTO dossier_roles(dossier_id, agency_id, role, created_order)", 4);

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

    /// <summary>Writes the request's idempotency record; false when the (member, request id) is already recorded.</summary>
    private static bool WriteIdempotency(WriterSession session, IdempotencyRecord key)
        => session.Prepare("""
            INSERT INTO idempotency(member_id, request_id, digest, dossier_id, sequence, recorded_ticks, recorded_offset)
            VALUES(@member, @request, @digest, @dossier, @sequence, @ticks, @offset)
            ON CONFLICT(member_id, request_id) DO NOTHING
            """)
            .Bind("@member", key.MemberId).Bind("@request", key.RequestId).Bind("@digest", key.Digest)
            .Bind("@dossier", key.DossierId).Bind("@sequence", key.Sequence)
            .Bind("@ticks", StoredTime.Ticks(key.RecordedTime)).Bind("@offset", StoredTime.Offset(key.RecordedTime))
            .ExecuteNonQuery() == 1;

    private void WriteInbox(WriterSession session, long[] positions)
    {
        if (request.Routes.Count == 0)
        {
            return;
        }

        // The heads move inside the transaction, one statement for all the agencies: a rolled-back
        // savepoint or batch leaves no gap, and the head outlives pruning, so no sequence is handed out
        // twice. An agency routed k items here takes the k sequences up to its new head, in route order.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var route in request.Routes)
        {
            counts[route.AgencyId] = counts.GetValueOrDefault(route.AgencyId) + 1;
        }

        var heads = session.Prepare(InboxHeads.For(counts.Count));
        var row = 0;
        foreach (var (agency, count) in counts)
        {
            heads.Bind(MultiRowSql.Parameter(0, row), agency).Bind(MultiRowSql.Parameter(1, row), count);
            row++;
        }

        var next = new Dictionary<string, long>(counts.Count, StringComparer.Ordinal);
        using (var reader = heads.ExecuteReader())
        {
            while (reader.Read())
            {
                var agency = reader.GetString(0);
                next[agency] = reader.GetInt64(1) - counts[agency] + 1;
            }
        }

        var first = request.Events[0].Sequence;
        var items = session.Prepare(InboxItems.For(request.Routes.Count));
        var committed = new List<InboxCommit>(request.Routes.Count);
        for (var i = 0; i < request.Routes.Count; i++)
        {
            var route = request.Routes[i];
            var sequence = next[route.AgencyId]++;
            items.Bind(MultiRowSql.Parameter(0, i), route.AgencyId).Bind(MultiRowSql.Parameter(1, i), sequence)
                .Bind(MultiRowSql.Parameter(2, i), request.DossierId).Bind(MultiRowSql.Parameter(3, i), route.Sequence)
                .Bind(MultiRowSql.Parameter(4, i), RowReaders.FormatRoles(route.Roles)).Bind(MultiRowSql.Parameter(5, i), route.OriginMemberId)
                .Bind(MultiRowSql.Parameter(6, i), route.OriginRequestId).Bind(MultiRowSql.Parameter(7, i), positions[route.Sequence - first]);
            committed.Add(new InboxCommit(route.AgencyId, sequence, request.DossierId, route.Sequence));
        }

        items.ExecuteNonQuery();
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

        if (request.Roles.Count == 0)
        {
            return;
        }

        var insert = session.Prepare(ListRoles.For(request.Roles.Count));
        for (var i = 0; i < request.Roles.Count; i++)
        {
            var role = request.Roles[i];
            insert.Bind(MultiRowSql.Parameter(0, i), request.DossierId).Bind(MultiRowSql.Parameter(1, i), role.AgencyId)
                .Bind(MultiRowSql.Parameter(2, i), (int)role.Role).Bind(MultiRowSql.Parameter(3, i), createdOrder);
        }

        insert.ExecuteNonQuery();
    }
}
