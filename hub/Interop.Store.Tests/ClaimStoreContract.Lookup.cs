using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>The citizen look-up's digest: written with the national-code claim, found by the code, never replaced.</summary>
public abstract partial class ClaimStoreContract<TStore>
{
    private const string LookupCode = "000.00.31.H56-251103-0001";

    [Fact]
    public async Task Lookup_digest_is_stored_with_the_append_that_claims_its_code_and_found_by_the_code()
    {
        var store = await OpenAsync();
        var digest = Digest(LookupCode, "d-1", 1);

        await store.AppendAsync(Append("d-1", 0, claims: [NationalCode(LookupCode)]) with { LookupDigest = digest }, Ct);

        var found = await store.FindLookupDigestAsync(LookupCode, Ct);
        Assert.NotNull(found);
        Assert.Equal((LookupCode, "d-1"), (found.NationalCode, found.DossierId));
        Assert.Equal(digest.Salt, found.Salt);
        Assert.Equal(digest.Digest, found.Digest);
        Assert.Null(await store.FindLookupDigestAsync("000.00.31.H56-251103-0002", Ct));
    }

    [Fact]
    public async Task Lookup_digest_of_a_refused_append_is_not_written()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, claims: [NationalCode("000.00.31.H56-251103-0009")]), Ct);

        var taken = await store.AppendAsync(
            Append("d-2", 0, claims: [NationalCode(LookupCode), NationalCode("000.00.31.H56-251103-0009")]) with { LookupDigest = Digest(LookupCode, "d-2", 2) },
            Ct);
        var mismatch = await store.AppendAsync(
            Append("d-1", 5, claims: [NationalCode(LookupCode)]) with { LookupDigest = Digest(LookupCode, "d-1", 3) },
            Ct);

        Assert.Equal(AppendOutcome.ClaimTaken, taken.Outcome);
        Assert.Equal(AppendOutcome.VersionMismatch, mismatch.Outcome);
        Assert.Null(await store.FindLookupDigestAsync(LookupCode, Ct));
    }

    [Fact]
    public async Task Lookup_digest_once_written_is_never_replaced_and_survives_a_reopen()
    {
        var store = await OpenAsync();
        var first = Digest(LookupCode, "d-1", 1);
        await store.AppendAsync(Append("d-1", 0, claims: [NationalCode(LookupCode)]) with { LookupDigest = first }, Ct);

        var again = await store.AppendAsync(Append("d-1", 1, claims: [NationalCode(LookupCode)]) with { LookupDigest = Digest(LookupCode, "d-1", 2) }, Ct);
        store = await ReopenAsync(store);

        Assert.Equal(AppendOutcome.Committed, again.Outcome);
        Assert.Equal(first.Digest, (await store.FindLookupDigestAsync(LookupCode, Ct))!.Digest);
    }

    [Fact]
    public async Task Lookup_digest_without_the_claim_of_its_code_is_refused_as_malformed()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(Append("d-1", 0) with { LookupDigest = Digest(LookupCode, "d-1", 1) }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(
            Append("d-1", 0, claims: [NationalCode(LookupCode)]) with { LookupDigest = Digest(LookupCode, "d-2", 1) }, Ct));

        Assert.Null(await store.ReadDossierAsync("d-1", Ct));
        Assert.Null(await store.FindLookupDigestAsync(LookupCode, Ct));
    }

    private static LookupDigest Digest(string code, string dossierId, byte seed)
        => new(code, dossierId, Enumerable.Repeat(seed, 16).ToArray(), Enumerable.Repeat((byte)(seed + 100), 32).ToArray());
}
