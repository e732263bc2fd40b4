namespace Interop.Store.Sqlite;

/// <summary>
/// A conditional append. The checks come first and write nothing, so a refusal leaves only its
/// savepoint to roll back; an earlier append of the same batch is visible here because both run in
/// one transaction on one connection, in queue order.
/// </summary>
internal sealed partial class AppendOperation(AppendRequest request, CancellationToken cancellationToken)
    : WriteOperation<AppendResult>(cancellationToken)
{
    // Packed here, on the caller's thread, so that compressing never holds up the single writer.
    private readonly byte[] packedState = PackedBlob.Pack(request.State);
    private readonly PackedEvent[] packedEvents = [.. request.Events.Select(e => new PackedEvent(PackedBlob.Pack(e.Body), e.PersonalPart is null ? null : PackedBlob.Pack(e.PersonalPart)))];
    private IReadOnlyList<InboxCommit> inboxItems = [];

    public override CommitClass Commit => CommitClass.WritePath;

    public override int CommittedAppends => Result?.Outcome == AppendOutcome.Committed && !HasFailed ? 1 : 0;

    public override IReadOnlyList<InboxCommit> CommittedInboxItems => CommittedAppends == 1 ? inboxItems : [];

    public override bool Execute(WriterSession session)
    {
        var current = ReadVersion(session, request.DossierId);

        // A committed (member, request id) answers before the version: its outcome is the replay,
        // whatever has happened to the dossier since. The record is written first, in one statement
        // for a new request (the common case); a refusal below rolls it back with the rest.
        if (request.Idempotency is { } key && !WriteIdempotency(session, key))
        {
            var existing = FindRequest(session, key.MemberId, key.RequestId)!;
            return Refuse(new AppendResult(AppendOutcome.DuplicateRequest, current?.Version ?? 0, [], ExistingRequest: existing));
        }

        if ((current?.Version ?? 0) != request.ExpectedVersion)
        {
            return Refuse(new AppendResult(AppendOutcome.VersionMismatch, current?.Version ?? 0, []));
        }

        foreach (var claim in request.Claims)
        {
            // One statement for a free key, the common case; a second only to see who holds a taken one.
            var taken = session.Prepare("INSERT INTO claims(kind, key, dossier_id) VALUES(@kind, @key, @dossier) ON CONFLICT(kind, key) DO NOTHING")
                .Bind("@kind", (int)claim.Kind).Bind("@key", claim.Key).Bind("@dossier", request.DossierId).ExecuteNonQuery() == 0;
            var holder = taken
                ? session.Prepare("SELECT dossier_id FROM claims WHERE kind = @kind AND key = @key").Bind("@kind", (int)claim.Kind).Bind("@key", claim.Key).ExecuteScalar() as string
                : request.DossierId;
            if (!string.Equals(holder, request.DossierId, StringComparison.Ordinal))
            {
                return Refuse(new AppendResult(AppendOutcome.ClaimTaken, current?.Version ?? 0, [], TakenClaim: claim));
            }
        }

        var positions = InsertEvents(session);
        var createdOrder = current?.CreatedOrder ?? positions[0];
        WriteDossier(session, current is null, createdOrder);
        WriteLookupDigest(session);
        WriteInbox(session, positions);
        WriteRoles(session, current is null, createdOrder);
        Result = new AppendResult(AppendOutcome.Committed, request.Events[^1].Sequence, positions);
        return true;
    }

    private sealed record PackedEvent(byte[] Body, byte[]? PersonalPart);

    private bool Refuse(AppendResult result)
    {
        Result = result;
        return false;
    }

    private static (long Version, long CreatedOrder)? ReadVersion(WriterSession session, string dossierId)
    {
        using var reader = session.Prepare("SELECT version, created_order FROM dossiers WHERE id = @id").Bind("@id", dossierId).ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    private static IdempotencyRecord? FindRequest(WriterSession session, string memberId, string requestId)
    {
        using var reader = session.Prepare(RowReaders.IdempotencyQuery)
            .Bind("@member", memberId).Bind("@request", requestId).ExecuteReader();
        return reader.Read() ? RowReaders.Idempotency(reader) : null;
    }
}
