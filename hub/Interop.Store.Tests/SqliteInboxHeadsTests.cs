using Interop.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using static Interop.Store.Tests.Appends;

namespace Interop.Store.Tests;

/// <summary>A SQLite file written before inbox heads were kept takes its heads from its items when opened.</summary>
public sealed class SqliteInboxHeadsTests : IDisposable
{
    private readonly TempDirectory folder = new("interop-store-");
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => timeout.Token;

    private SqliteStore Store() => new(new SqliteStoreOptions { Path = folder.File("hub.db") }, NullLogger<SqliteStore>.Instance);

    [Fact]
    public async Task File_without_inbox_heads_continues_each_inbox_after_its_last_item()
    {
        await using (var store = Store())
        {
            await store.OpenAsync(Ct);
            await store.AppendAsync(Append("d-1", 0, routes: [Route("A", 1), Route("B", 1)]), Ct);
            await store.AppendAsync(Append("d-2", 0, routes: [Route("A", 1)]), Ct);
        }

        await using (var connection = new SqliteConnection($"Data Source={folder.File("hub.db")};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE inbox_heads";
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await using var reopened = Store();
        await reopened.OpenAsync(Ct);
        await reopened.AppendAsync(Append("d-3", 0, routes: [Route("A", 1), Route("B", 1)]), Ct);

        Assert.Equal((3L, 2L), (await reopened.InboxHeadAsync("A", Ct), await reopened.InboxHeadAsync("B", Ct)));
        Assert.Equal([1L, 2L, 3L], (await reopened.ReadInboxAsync("A", 0, 10, Ct)).Select(i => i.InboxSequence));
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }
}
