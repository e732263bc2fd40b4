using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>The dossier list index: by agency and role, in creation order, with a cursor that survives inserts.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    private static DossierQuery Query(string? agency, ListRole role = ListRole.Any, DossierStatusCode[]? statuses = null, long after = 0, int limit = 100)
        => new(agency, role, statuses ?? [], after, limit);

    private static async Task<string[]> IdsAsync(IDossierStore store, DossierQuery query, CancellationToken cancellationToken)
        => (await store.ListDossiersAsync(query, cancellationToken)).Select(d => d.Dossier.DossierId).ToArray();

    [Fact]
    public async Task List_pages_in_creation_order_without_duplicates_or_skips_while_dossiers_are_added()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 10; i++)
        {
            await store.AppendAsync(Append($"d-{i:00}", 0, roles: [new("A", Holder)]), Ct);
        }

        var seen = new List<ListedDossier>();
        var added = 10;
        for (var page = await store.ListDossiersAsync(Query("A", limit: 3), Ct); page.Count > 0; page = await store.ListDossiersAsync(Query("A", after: seen[^1].CreatedOrder, limit: 3), Ct))
        {
            seen.AddRange(page);
            if (added < 14)
            {
                // A new dossier joins the end; an already listed and a not yet listed one change, keeping their place.
                await store.AppendAsync(Append($"d-{added++:00}", 0, roles: [new("A", Holder)]), Ct);
                await store.AppendAsync(Append(seen[0].Dossier.DossierId, seen[0].Dossier.Version, roles: [new("A", Holder)], status: Processing), Ct);
                var later = $"d-{seen.Count + 1:00}";
                var version = (await store.ReadDossierAsync(later, Ct))!.Version;
                await store.AppendAsync(Append(later, version, roles: [new("A", Holder)], status: Processing), Ct);
                seen[0] = seen[0] with { Dossier = (await store.ReadDossierAsync(seen[0].Dossier.DossierId, Ct))! };
            }
        }

        Assert.Equal(Enumerable.Range(0, 14).Select(i => $"d-{i:00}"), seen.Select(d => d.Dossier.DossierId));
        Assert.Equal(seen.Select(d => d.CreatedOrder).Order(), seen.Select(d => d.CreatedOrder));
        Assert.All(seen, d => Assert.Equal(d.CreatedOrder, d.Dossier.CreatedOrder));
    }

    [Fact]
    public async Task List_filters_by_agency_role_and_status()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, roles: [new("A", Holder), new("A", Receiving), new("B", Competent)], status: Received), Ct);
        await store.AppendAsync(Append("d-2", 0, roles: [new("A", Receiving)], status: Processing), Ct);
        await store.AppendAsync(Append("d-3", 0, roles: [new("B", Holder)], status: Processing), Ct);

        Assert.Equal(["d-1"], await IdsAsync(store, Query("A", Holder), Ct));
        Assert.Equal(["d-1", "d-2"], await IdsAsync(store, Query("A"), Ct));
        Assert.Equal(["d-2"], await IdsAsync(store, Query("A", statuses: [Processing]), Ct));
        Assert.Equal(["d-1", "d-3"], await IdsAsync(store, Query("B"), Ct));
        Assert.Equal(["d-3"], await IdsAsync(store, Query("B", Holder, [Processing, Received]), Ct));
        Assert.Empty(await IdsAsync(store, Query("C"), Ct));
        Assert.Equal(["d-1", "d-2", "d-3"], await IdsAsync(store, Query(null), Ct));
        Assert.Equal(["d-2", "d-3"], await IdsAsync(store, Query(null, statuses: [Processing]), Ct));
        Assert.Equal(["d-1"], await IdsAsync(store, Query("A", limit: 1), Ct));
    }

    [Fact]
    public async Task Replaced_roles_keep_the_ever_held_ones()
    {
        var store = await OpenAsync();
        await store.AppendAsync(Append("d-1", 0, roles: [new("A", Holder), new("A", EverHeld), new("A", Receiving)]), Ct);

        await store.AppendAsync(Append("d-1", 1, roles: [new("B", Holder), new("B", EverHeld), new("A", Receiving)]), Ct);

        Assert.Empty(await IdsAsync(store, Query("A", Holder), Ct));
        Assert.Equal(["d-1"], await IdsAsync(store, Query("A", EverHeld), Ct));
        Assert.Equal(["d-1"], await IdsAsync(store, Query("A", Receiving), Ct));
        Assert.Equal(["d-1"], await IdsAsync(store, Query("B", Holder), Ct));
        Assert.Equal(["d-1"], await IdsAsync(store, Query("B", EverHeld), Ct));
    }
}
