using Interop.Adapters.Sdk.Checkpoint;

namespace Interop.Adapters.Sdk.Tests.Checkpoint;

public sealed class AdapterCheckpointTests
{
    [Fact]
    public void What_was_appended_processed_and_acknowledged_survives_reopening()
    {
        using var folder = new TempDirectory();
        using (var checkpoint = AdapterCheckpoint.Open(folder.File("a/adapter.db")))
        {
            checkpoint.MarkAppended("BN-1", "v1", "receive", "req-1", "d-1", 1);
            checkpoint.MarkAppended("BN-1", "v1", "receive", "req-1", "d-1", 1);
            checkpoint.SetCursor("files", "2025-12-02T08:00:00|HS001.csv");
            checkpoint.BeginWrite("A", 1, "ev-1");
            checkpoint.CompleteWrite("A", 1);
            checkpoint.Acknowledged("A", 1);
            checkpoint.BeginWrite("A", 2, "ev-2");
        }

        using var reopened = AdapterCheckpoint.Open(folder.File("a/adapter.db"));
        Assert.True(reopened.IsAppended("BN-1", "v1", "receive"));
        Assert.False(reopened.IsAppended("BN-1", "v2", "receive"));
        Assert.Equal(("d-1", "BN-1"), (reopened.DossierIdOf("BN-1"), reopened.RecordIdOf("d-1")));
        Assert.Equal("2025-12-02T08:00:00|HS001.csv", reopened.Cursor("files"));
        Assert.Equal(new InboxProgress(1, 1, new PendingWrite(2, "ev-2"), null), reopened.Progress("A"));
        Assert.Equal(new InboxProgress(0, 0, null, null), reopened.Progress("B"));
    }

    [Fact]
    public void A_processed_item_cannot_be_written_again_and_a_second_item_waits_for_the_pending_one()
    {
        using var folder = new TempDirectory();
        using var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db"));
        checkpoint.BeginWrite("A", 1, "ev-1");

        Assert.Throws<InvalidOperationException>(() => checkpoint.BeginWrite("A", 2, "ev-2"));
        checkpoint.BeginWrite("A", 1, "ev-1");
        checkpoint.CompleteWrite("A", 1);
        Assert.Throws<InvalidOperationException>(() => checkpoint.BeginWrite("A", 1, "ev-1"));
    }

    [Fact]
    public void Parked_records_are_listed_retried_dropped_and_resolved_and_a_record_parked_again_replaces_its_entry()
    {
        using var folder = new TempDirectory();
        using var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db"));
        var problem = new MappingProblem("LEGACY_TEXT_WRONG_ENCODING", "ChuHoSo", "The text does not read as Vietnamese in Tcvn3.");
        var first = checkpoint.Park(ParkDirection.ToHub, "BN-1", "v1", problem, [1]);
        var second = checkpoint.Park(ParkDirection.ToHub, "BN-2", "v1", problem, [2]);
        var again = checkpoint.Park(ParkDirection.ToHub, "BN-1", "v2", problem, [3]);

        Assert.Equal([second, again], checkpoint.ListParked().Select(p => p.Id));
        Assert.True(checkpoint.IsParked(ParkDirection.ToHub, "BN-1"));
        Assert.False(checkpoint.IsParked(ParkDirection.ToLegacy, "BN-1"));
        Assert.Equal("replaced", checkpoint.Parked(first)!.State);

        Assert.True(checkpoint.RequestRetry(again));
        Assert.False(checkpoint.RequestRetry(again));
        Assert.Equal([again], checkpoint.RetryRequested().Select(p => p.Id));
        checkpoint.Resolved(again);
        Assert.True(checkpoint.Drop(second));
        Assert.False(checkpoint.Drop(second));

        Assert.Empty(checkpoint.ListParked());
        Assert.Equal(("resolved", 1, "dropped"), (checkpoint.Parked(again)!.State, checkpoint.Parked(again)!.Attempts, checkpoint.Parked(second)!.State));
        Assert.Equal(problem, checkpoint.Parked(second)!.Problem);
        Assert.Equal([2], checkpoint.Parked(second)!.Payload);
    }
}
