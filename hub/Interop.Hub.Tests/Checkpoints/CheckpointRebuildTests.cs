using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Interop.Hub.Checkpoints;
using Interop.Hub.Keys;
using Interop.Store;
using Interop.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>
/// The frontier rebuilt by streaming a long log at start gives the root of the whole log.
/// INTEROP_REBUILD_EVENTS sets the log's length (default 20 000; the README's figure is for 100 000).
/// </summary>
public sealed class CheckpointRebuildTests(ITestOutputHelper output) : IDisposable
{
    private const int EventsPerAppend = 50;
    private readonly TempDirectory data = new("interop-hub-");

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Checkpoint_rebuilt_at_start_covers_the_whole_log()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("INTEROP_REBUILD_EVENTS"), CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        await using var store = new SqliteStore(new SqliteStoreOptions { Path = data.File(HubServiceCollectionExtensions.StoreFileName) }, NullLogger<SqliteStore>.Instance);
        var key = new HubSigningKey(Options.Create(new HubOptions { DataDirectory = data.Path }), store, NullLogger<HubSigningKey>.Instance);
        key.Load();
        await store.OpenAsync(CancellationToken.None);
        var leaves = await FillAsync(store, count / EventsPerAppend);

        var clock = Stopwatch.StartNew();
        using var checkpoints = new LogCheckpoints(store, key, TimeProvider.System, NullLogger<LogCheckpoints>.Instance);
        await checkpoints.AdvanceAsync(CancellationToken.None);
        clock.Stop();

        output.WriteLine($"rebuilt the frontier over {checkpoints.Latest.TreeSize} events in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(leaves.Count, checkpoints.Latest.TreeSize);
        Assert.Equal(Convert.ToHexString(ReferenceMerkle.Root(leaves)), Convert.ToHexString(checkpoints.Latest.RootHash.Span));
    }

    /// <summary>Appends events of many dossiers concurrently; the leaves in log-position order (positions are 1..N here).</summary>
    private static async Task<List<byte[]>> FillAsync(SqliteStore store, int appends)
    {
        var leaves = new byte[appends * EventsPerAppend][];
        await Parallel.ForEachAsync(Enumerable.Range(0, appends), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var events = Enumerable.Range(1, EventsPerAppend).Select(s =>
            {
                var body = BitConverter.GetBytes(((long)i << 20) | (long)s);
                return new EventRecord(s, new EventTypeCode(20), body, SHA256.HashData(body), null, DateTimeOffset.UnixEpoch);
            }).ToArray();
            var result = await store.AppendAsync(new AppendRequest($"d-{i}", 0, events, [1], null, [], [], [], new DossierStatusCode(2)), ct);
            for (var e = 0; e < EventsPerAppend; e++)
            {
                leaves[result.Positions[e] - 1] = events[e].Hash;
            }
        });
        return [.. leaves];
    }
}
