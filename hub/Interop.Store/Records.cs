namespace Interop.Store;

/// <summary>A dossier as stored: the serialised state (interop.dossier.v1.Dossier), its version and head hash.</summary>
public sealed record StoredDossier(string DossierId, long Version, byte[] State, byte[] HeadHash, long CreatedOrder);

/// <summary>One event to append: its exact body bytes and hash, computed by the hub, and its personal-data part.</summary>
/// <param name="Sequence">The event's sequence in the dossier.</param>
/// <param name="Type">The event type, for indexes.</param>
/// <param name="Body">The exact serialised EventBody; stored and served unchanged.</param>
/// <param name="Hash">SHA-256 per the standard's hash rule.</param>
/// <param name="PersonalPart">The serialised PersonalDataPart, or null.</param>
/// <param name="RecordedTime">When the hub recorded it.</param>
public sealed record EventRecord(long Sequence, EventTypeCode Type, byte[] Body, byte[] Hash, byte[]? PersonalPart, DateTimeOffset RecordedTime)
{
    /// <summary>The serialised SignedReceipt of the event, signed once at append and replayed unchanged.</summary>
    public byte[] Receipt { get; init; } = [];
}

/// <summary>An event as stored, with its log position.</summary>
public sealed record StoredEvent(string DossierId, long Sequence, byte[] Body, byte[] Hash, byte[]? PersonalPart, long Position)
{
    /// <summary>The serialised SignedReceipt stored with the event.</summary>
    public byte[] Receipt { get; init; } = [];
}

/// <summary>What kind of unique key a claim takes.</summary>
public enum ClaimKind
{
    /// <summary>A national dossier code.</summary>
    NationalCode,

    /// <summary>A vendor code within one member system ("member\u001fcode").</summary>
    VendorCode,
}

/// <summary>A unique key a dossier takes: the append fails if another dossier holds it.</summary>
public sealed record Claim(ClaimKind Kind, string Key);

/// <summary>The committed outcome of (member, request id): its digest and the event it produced.</summary>
public sealed record IdempotencyRecord(string MemberId, string RequestId, byte[] Digest, string DossierId, long Sequence, DateTimeOffset RecordedTime);

/// <summary>An event routed to an agency's inbox, with why and who caused it.</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="Sequence">The event's sequence in the dossier.</param>
/// <param name="Roles">Why it reached the agency.</param>
/// <param name="OriginMemberId">The member that caused the event.</param>
/// <param name="OriginRequestId">That member's request id.</param>
public sealed record RoutingEntry(string AgencyId, long Sequence, IReadOnlyList<RoutingRole> Roles, string OriginMemberId, string OriginRequestId);

/// <summary>A stored inbox item: the routed event, read with the dossier's event it refers to.</summary>
/// <param name="AgencyId">The agency whose inbox it is.</param>
/// <param name="InboxSequence">The item's gapless sequence in that inbox.</param>
/// <param name="Roles">Why it reached the agency.</param>
/// <param name="OriginMemberId">The member that caused the event.</param>
/// <param name="OriginRequestId">That member's request id.</param>
/// <param name="Event">The stored event (its dossier, sequence, log position, body, hash, personal part, receipt).</param>
/// <param name="RoutedTime">When the item was routed: the event's recorded time.</param>
/// <param name="LatestState">The dossier's stored state when this item's event is still its last one; null otherwise (fold the events up to it).</param>
public sealed record StoredInboxItem(
    string AgencyId,
    long InboxSequence,
    IReadOnlyList<RoutingRole> Roles,
    string OriginMemberId,
    string OriginRequestId,
    StoredEvent Event,
    DateTimeOffset RoutedTime,
    byte[]? LatestState);

/// <summary>An agency's relation to a dossier, kept as an index for lists.</summary>
public sealed record AgencyRole(string AgencyId, ListRole Role);

/// <summary>A conditional append.</summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="ExpectedVersion">The version the events follow (0 for a new dossier).</param>
/// <param name="Events">The events, in sequence order, following the expected version.</param>
/// <param name="State">The serialised state after the events.</param>
/// <param name="Idempotency">The idempotency record to create, if the append comes from a member's request.</param>
/// <param name="Claims">Unique keys the dossier takes.</param>
/// <param name="Routes">Inbox entries to append.</param>
/// <param name="Roles">The dossier's agency roles after the events (replaces the previous set; <see cref="ListRole.EverHeld"/> rows are kept).</param>
/// <param name="Status">The dossier's status after the events, for list filters.</param>
public sealed record AppendRequest(
    string DossierId,
    long ExpectedVersion,
    IReadOnlyList<EventRecord> Events,
    byte[] State,
    IdempotencyRecord? Idempotency,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<RoutingEntry> Routes,
    IReadOnlyList<AgencyRole> Roles,
    DossierStatusCode Status)
{
    /// <summary>The look-up secret's digest the append stores with its national-code claim (a receipt), or null.</summary>
    public LookupDigest? LookupDigest { get; init; }
}

/// <summary>
/// A query of the dossier list index: AgencyId null lists every dossier (auditors) and ignores Role;
/// Role <see cref="ListRole.Any"/> is any role of the agency; empty Statuses is any status; AfterOrder is the last CreatedOrder seen (0 first).
/// </summary>
public sealed record DossierQuery(string? AgencyId, ListRole Role, IReadOnlyList<DossierStatusCode> Statuses, long AfterOrder, int Limit);

/// <summary>A listed dossier with its place in creation order (the page cursor).</summary>
public sealed record ListedDossier(long CreatedOrder, StoredDossier Dossier);

/// <summary>A refusal of an authenticated caller: who, what, why, when (never the body).</summary>
public sealed record RefusalEntry(long Position, DateTimeOffset Time, string MemberId, string ActingAgencyId, string Method, string DossierId, string RequestId, RefusalStatusCode StatusCode, string Reason);

/// <summary>A query of the refusal log: Start inclusive, End exclusive, MemberId null for every member.</summary>
public sealed record RefusalQuery(string? MemberId, DateTimeOffset? Start, DateTimeOffset? End, long AfterPosition, int Limit);

/// <summary>A recorded registry version.</summary>
public sealed record RegistryVersion(long Version, byte[] Digest, byte[] Content, DateTimeOffset RecordedTime);
