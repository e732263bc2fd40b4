using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>Unique keys (national codes, members' vendor codes) and request ids.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    [Fact]
    public async Task Claim_held_by_another_dossier_refuses_the_append_and_writes_nothing()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, claims: [NationalCode("000.00.31.H56-251103-0001")]), Ct);

        var taken = await store.AppendAsync(
            Append("d-2", 0, request: Request("m-1", "r-2", "d-2"), claims: [VendorCode("m-1", "V-2"), NationalCode("000.00.31.H56-251103-0001")], routes: [Route("A", 1)]),
            Ct);

        Assert.Equal(AppendOutcome.ClaimTaken, taken.Outcome);
        Assert.Equal(NationalCode("000.00.31.H56-251103-0001"), taken.TakenClaim);
        Assert.Null(await store.ReadDossierAsync("d-2", Ct));
        Assert.Null(await store.FindClaimAsync(VendorCode("m-1", "V-2"), Ct));
        Assert.Null(await store.FindIdempotencyAsync("m-1", "r-2", Ct));
        Assert.Equal(0, await store.InboxHeadAsync("A", Ct));
        Assert.Equal("d-1", await store.FindClaimAsync(NationalCode("000.00.31.H56-251103-0001"), Ct));
    }

    [Fact]
    public async Task Vendor_codes_are_unique_per_member_only()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, claims: [VendorCode("m-1", "H21.129-250812-0035")]), Ct);

        var otherMember = await store.AppendAsync(Append("d-2", 0, claims: [VendorCode("m-2", "H21.129-250812-0035")]), Ct);
        var sameMember = await store.AppendAsync(Append("d-3", 0, claims: [VendorCode("m-1", "H21.129-250812-0035")]), Ct);

        Assert.Equal(AppendOutcome.Committed, otherMember.Outcome);
        Assert.Equal(AppendOutcome.ClaimTaken, sameMember.Outcome);
        Assert.Equal("d-2", await store.FindClaimAsync(VendorCode("m-2", "H21.129-250812-0035"), Ct));
    }

    [Fact]
    public async Task Claim_held_by_the_same_dossier_does_not_refuse_its_later_appends()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, claims: [NationalCode("C-1")]), Ct);

        var again = await store.AppendAsync(Append("d-1", 1, claims: [NationalCode("C-1")]), Ct);

        Assert.Equal(AppendOutcome.Committed, again.Outcome);
        Assert.Equal("d-1", await store.FindClaimAsync(NationalCode("C-1"), Ct));
    }

    [Fact]
    public async Task Duplicate_request_returns_the_committed_record_and_writes_nothing()
    {
        var store = await OpenAsync();
        var original = Request("m-1", "r-1", "d-1");
        await store.AppendAsync(Append("d-1", 0, request: original), Ct);
        await store.AppendAsync(Append("d-1", 1), Ct);

        var replay = await store.AppendAsync(Append("d-9", 0, request: Request("m-1", "r-1", "d-9"), routes: [Route("A", 1)]), Ct);

        Assert.Equal(AppendOutcome.DuplicateRequest, replay.Outcome);
        var existing = replay.ExistingRequest!;
        Assert.Equal(("m-1", "r-1", "d-1", 1L, original.RecordedTime), (existing.MemberId, existing.RequestId, existing.DossierId, existing.Sequence, existing.RecordedTime));
        Assert.Equal(original.Digest, existing.Digest);
        Assert.Null(await store.ReadDossierAsync("d-9", Ct));
        Assert.Equal(0, await store.InboxHeadAsync("A", Ct));
        Assert.Equal(original.Digest, (await store.FindIdempotencyAsync("m-1", "r-1", Ct))!.Digest);
    }

    [Fact]
    public async Task Same_request_id_from_another_member_is_another_request()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, request: Request("m-1", "r-1", "d-1")), Ct);

        var other = await store.AppendAsync(Append("d-2", 0, request: Request("m-2", "r-1", "d-2")), Ct);

        Assert.Equal(AppendOutcome.Committed, other.Outcome);
        Assert.Equal("d-2", (await store.FindIdempotencyAsync("m-2", "r-1", Ct))!.DossierId);
        Assert.Null(await store.FindIdempotencyAsync("m-3", "r-1", Ct));
    }
}
