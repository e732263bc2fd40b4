using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests.Pagination;

/// <summary>STANDARD.md PAGE-2: dossiers received while a member pages through a list neither duplicate nor skip an item.</summary>
public sealed class InsertsWhilePagingTests : IAsyncLifetime
{
    private const int Existing = 10;
    private const int ReceivedWhilePaging = 15;
    private TestHub hub = null!;
    private DeskDossiers desk = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        desk = new DeskDossiers(hub.Members.Igate);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Theory]
    [InlineData(DossierRole.Receiving)]
    [InlineData(DossierRole.Unspecified)]
    public async Task Dossiers_received_while_paging_by_three_are_neither_duplicated_nor_skipped(DossierRole role)
    {
        var existing = new List<string>();
        for (var i = 0; i < Existing; i++)
        {
            existing.Add(await desk.ReceiveAsync($"existing-{i}"));
        }

        var request = new ListDossiersRequest { AgencyId = Members.Desk, Role = role, PageSize = 3 };
        var page = await desk.ListAsync(request);
        var seen = page.Dossiers.Select(d => d.Id).ToList();

        // Another task receives dossiers meanwhile; each next page is asked for only once at least one more was received.
        var inserted = new List<string>();
        var inserter = Task.Run(async () =>
        {
            for (var i = 0; i < ReceivedWhilePaging; i++)
            {
                var id = await desk.ReceiveAsync($"new-{i}");
                lock (inserted)
                {
                    inserted.Add(id);
                }
            }
        });
        var pages = 1;
        var insertedBeforeLastPage = 0;
        while (page.NextPageToken.Length > 0)
        {
            insertedBeforeLastPage = await MoreInsertedThanAsync(inserted, insertedBeforeLastPage, inserter);
            page = await desk.ListAsync(new ListDossiersRequest(request) { PageToken = page.NextPageToken });
            seen.AddRange(page.Dossiers.Select(d => d.Id));
            pages++;
        }

        await inserter;

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(existing, seen.Take(Existing));
        Assert.True(seen.Count > Existing, $"no dossier received while paging was listed ({pages} pages)");
        Assert.Equal(inserted.Take(seen.Count - Existing), seen.Skip(Existing));
        Assert.All(page.Dossiers, d => Assert.Equal(Members.Desk, d.Custody.ReceivingAgency.AgencyId));
    }

    private static async Task<int> MoreInsertedThanAsync(List<string> inserted, int count, Task inserter)
    {
        await Wait.UntilAsync(
            () =>
            {
                lock (inserted)
                {
                    return inserted.Count > count || inserter.IsCompleted;
                }
            },
            $"a dossier received after the first {count}",
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(5));
        if (inserter.IsFaulted)
        {
            await inserter;
        }

        lock (inserted)
        {
            return inserted.Count;
        }
    }
}
