using Google.Protobuf;
using Interop.Domain.Decisions;
using Interop.Hub.Storage;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>A sealed event as the store's one conditional append: the only place the write path's values become the store's.</summary>
internal static class AppendRequests
{
    public static AppendRequest Of(SealedEvent sealedEvent, IdempotencyRecord idempotency)
    {
        var draft = sealedEvent.Draft;
        var body = draft.Body;
        return new AppendRequest(
            body.DossierId,
            draft.ExpectedVersion,
            [new EventRecord(body.Sequence, StoreValues.ToStore(body.Type), sealedEvent.BodyBytes, sealedEvent.Hash, (sealedEvent.Part is { } part ? StoredEvents.Stored(part) : null), body.RecordedTime.ToDateTimeOffset()) { Receipt = sealedEvent.Receipt.ToByteArray() }],
            draft.State.ToByteArray(),
            idempotency,
            [.. draft.Claims.Select(ClaimOf)],
            [.. draft.Routes.Select(r => new RoutingEntry(r.AgencyId, body.Sequence, [.. r.Roles.Select(StoreValues.ToStore)], idempotency.MemberId, idempotency.RequestId))],
            [.. draft.ListRoles.Select(r => new AgencyRole(r.AgencyId, StoreValues.ToStore(r.Role)))],
            StoreValues.ToStore(draft.State.Status))
        {
            LookupDigest = sealedEvent.LookupDigest,
        };
    }

    private static Claim ClaimOf(UniqueKey key)
        => new(key.Kind == UniqueKeyKind.NationalCode ? ClaimKind.NationalCode : ClaimKind.VendorCode, key.Key);
}
