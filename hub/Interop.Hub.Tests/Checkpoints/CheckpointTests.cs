using Interop.Hub.Checkpoints;
using Interop.Protos.Dossier.V1;
using Microsoft.Extensions.DependencyInjection;
using Interop.Protos.Registry.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>The signed checkpoint inbox heartbeats carry: a C2SP note over the RFC 6962 root of the event log.</summary>
public sealed class CheckpointTests : IAsyncLifetime
{
    private TestHub hub = null!;

    private HubClient Igate => hub.Members.Igate;

    private ICheckpointSource Checkpoints => hub.Services.GetRequiredService<ICheckpointSource>();

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Checkpoint_note_verifies_with_the_published_verifier_key()
    {
        await DossiersAsync("note", 2);
        var checkpoint = await CheckpointOfAtLeastAsync(4);
        var key = Assert.Single((await Igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).HubKeys);

        var opened = SignedNoteVerifier.Open(checkpoint.Note, key.VerifierKey);

        Assert.Equal((checkpoint.Origin, checkpoint.TreeSize, Convert.ToHexString(checkpoint.RootHash.Span)), (opened.Origin, opened.Size, Convert.ToHexString(opened.Root)));
        Assert.StartsWith(key.KeyId + "+", key.VerifierKey, StringComparison.Ordinal);
        Assert.StartsWith(checkpoint.Origin + "+", key.KeyId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkpoint_root_is_the_Merkle_root_of_every_event_hash_in_log_order()
    {
        var ids = await DossiersAsync("root", 3);
        var events = new List<Event>();
        foreach (var id in ids)
        {
            events.AddRange(await Igate.EventsAsync(id));
        }

        var checkpoint = await CheckpointOfAtLeastAsync(events.Count);
        var leaves = events.OrderBy(e => e.Position.Index).Select(e => e.Hash.ToByteArray()).ToList();

        Assert.Equal(events.Count, checkpoint.TreeSize);
        Assert.Equal(Convert.ToHexString(ReferenceMerkle.Root(leaves)), Convert.ToHexString(checkpoint.RootHash.ToByteArray()));
    }

    [Fact]
    public async Task Checkpoint_advances_after_new_appends()
    {
        var first = Checkpoints.Latest;

        await DossiersAsync("advance", 1);
        var second = await CheckpointOfAtLeastAsync(first.TreeSize + 2);

        Assert.Equal(0, first.TreeSize);
        Assert.Equal(2, second.TreeSize);
        Assert.NotEqual(first.RootHash, second.RootHash);
        Assert.Same(second, Checkpoints.Latest);
    }

    [Fact]
    public async Task Checkpoint_after_a_restart_is_rebuilt_to_the_same_root()
    {
        await DossiersAsync("restart", 2);
        var before = await CheckpointOfAtLeastAsync(4);

        hub = await hub.RestartAsync();

        Assert.Equal((before.Origin, before.TreeSize, before.RootHash), (Checkpoints.Latest.Origin, Checkpoints.Latest.TreeSize, Checkpoints.Latest.RootHash));
        Assert.Equal(before.Note, Checkpoints.Latest.Note);
    }

    [Fact]
    public async Task Checkpoint_of_an_empty_log_is_signed_at_start_under_the_default_origin()
    {
        var checkpoint = Checkpoints.Latest;
        var info = await Igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest());

        Assert.Equal(0, checkpoint.TreeSize);
        Assert.Equal(Convert.ToHexString(ReferenceMerkle.Root([])), Convert.ToHexString(checkpoint.RootHash.ToByteArray()));
        Assert.Equal("interop-hub/" + info.LogId, checkpoint.Origin);
        var opened = SignedNoteVerifier.Open(checkpoint.Note, Assert.Single(info.HubKeys).VerifierKey);
        Assert.Equal((checkpoint.Origin, 0L, Convert.ToHexString(checkpoint.RootHash.Span)), (opened.Origin, opened.Size, Convert.ToHexString(opened.Root)));
    }

    /// <summary>Waits until the hub's checkpoint covers at least that many events.</summary>
    private async Task<Protos.Inbox.V1.SignedCheckpoint> CheckpointOfAtLeastAsync(long size)
    {
        await Wait.UntilAsync(() => Checkpoints.Latest.TreeSize >= size, $"a checkpoint of {size} events", TimeSpan.FromSeconds(10));
        return Checkpoints.Latest;
    }

    /// <summary>Receives dossiers and adds a note to each: two events per dossier.</summary>
    private async Task<List<string>> DossiersAsync(string run, int count)
    {
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var received = await Igate.Dossiers.ReceiveDossierAsync(Receive($"{run}-{i}", $"CKPT-{run}-{i}", Local(11, 3, 8)));
            var id = received.Outcome.Dossier.Id;
            await Igate.Dossiers.AddNoteAsync(new AddNoteRequest { Context = Context($"{run}-{i}-note", Members.Desk, Local(11, 3, 9)), DossierId = id, Text = "Ghi chú" });
            ids.Add(id);
        }

        return ids;
    }
}
