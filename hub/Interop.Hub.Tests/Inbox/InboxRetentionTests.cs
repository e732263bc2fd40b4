using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Inbox.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>Retention (INBOX-5) on a hub that keeps items 5 seconds and prunes every 200 ms.</summary>
public sealed class InboxRetentionTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync(new() { Settings = ["--Hub:InboxRetention=00:00:05", "--Hub:InboxPruneInterval=00:00:00.200"] });
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    private async Task ReceiveAsync(string key)
        => await members.Igate.Dossiers.ReceiveDossierAsync(Receive($"keep-{key}", $"H21.KEEP-{key}", Local(11, 3, 8)));

    /// <summary>Waits until the hub logs that it pruned: the retention service's own signal.</summary>
    private async Task WaitForPruningAsync(int already)
    {
        await Wait.UntilAsync(
            () => hub.Output.Count(line => line.Contains("Pruned ", StringComparison.Ordinal) && line.Contains("inbox items", StringComparison.Ordinal)) > already,
            "the hub to prune",
            TimeSpan.FromSeconds(30),
            detail: () => "its log ends:\n" + hub.Logs.Tail());
    }

    [Fact]
    public async Task Expired_items_are_pruned_a_cursor_before_them_is_out_of_range_and_sequences_go_on()
    {
        await ReceiveAsync("1");
        var igate = members.Igate;
        Assert.Equal([1L], (await igate.PullAsync(Members.Desk)).Items.Select(i => i.Sequence));
        Assert.Equal(1, await igate.AcknowledgeAsync(Members.Desk, 1));

        await WaitForPruningAsync(0);
        await ReceiveAsync("2");

        var pull = await WireError.OfCallAsync(() => igate.PullAsync(Members.Desk, StartPosition.AfterSequence, after: 0));
        Assert.Equal("OutOfRange CURSOR_EXPIRED", pull.Summary);
        Assert.Equal("2", pull.Info.Metadata["oldest_sequence"]);
        var stream = await WireError.OfCallAsync(async () =>
        {
            using var call = igate.Stream(Members.Desk, StartPosition.AfterSequence, after: 0);
            await call.Call.ResponseStream.MoveNext();
        });
        Assert.Equal("OutOfRange CURSOR_EXPIRED", stream.Summary);

        // The acknowledged subscription resumes after its acknowledgement; a new one starts at the oldest
        // retained item; the pruned sequence 1 is never handed out again.
        Assert.Equal([2L], (await igate.PullAsync(Members.Desk)).Items.Select(i => i.Sequence));
        Assert.Equal([2L], (await members.Portal.PullAsync(Members.Desk)).Items.Select(i => i.Sequence));
    }

    [Fact]
    public async Task A_subscription_acknowledged_before_pruned_items_is_out_of_range()
    {
        await ReceiveAsync("1");
        await ReceiveAsync("2");
        var igate = members.Igate;
        await igate.PullAsync(Members.Desk, max: 1);
        await igate.AcknowledgeAsync(Members.Desk, 1);

        // Both items expire together; the pull answers items until the pass that removes them.
        RpcException? error = null;
        var passes = 0;
        await Wait.UntilAsync(
            async () =>
            {
                await WaitForPruningAsync(passes++);
                error = await Record.ExceptionAsync(() => igate.PullAsync(Members.Desk)) as RpcException;
                return error is not null;
            },
            "the items to be pruned",
            TimeSpan.FromSeconds(30));

        Assert.Equal("OutOfRange CURSOR_EXPIRED", WireError.Of(error!).Summary);
    }
}
