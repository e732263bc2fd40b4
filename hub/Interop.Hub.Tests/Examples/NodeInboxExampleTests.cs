using System.Text.RegularExpressions;

namespace Interop.Hub.Tests.Examples;

/// <summary>The README's Node.js inbox example (tools/node-client/stream-inbox.mjs), run as users run it, against a hub process.</summary>
public sealed partial class NodeInboxExampleTests : IAsyncLifetime
{
    private TestHub hub = null!;

    // Heartbeats every second: the example waits for one after reconnecting.
    public async Task InitializeAsync() => hub = await TestHub.StartAsync(new() { Settings = ["--Hub:InboxHeartbeatInterval=00:00:01"] });

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Node_inbox_example_receives_the_offered_hand_over_acknowledges_and_gets_nothing_again_after_reconnecting()
    {
        var run = await NodeClient.RunAsync("stream-inbox.mjs", hub.Address);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Lines.Count == 10, run.ToString());
        var offered = Offered().Match(run.Lines[1]);
        Assert.True(offered.Success, $"line 2: {run.Lines[1]}");
        var code = offered.Groups["code"].Value;
        // A fresh hub: the land office's inbox is empty until the example's dossier reaches it.
        Assert.Equal(
            [
                "streaming 000.12.21.H21 as member-vbdlis-gialai from sequence 0",
                $"desk 001.01.21.H21 received {code} and offered it to 000.12.21.H21",
                $"item 1 EVENT_TYPE_RECEIVED ROUTING_ROLE_COMPETENT {code} from member-igate-gialai",
                $"item 2 EVENT_TYPE_HANDOVER_OFFERED ROUTING_ROLE_OFFERED_TO {code} from member-igate-gialai",
                $"accepted {code} status DOSSIER_STATUS_PROCESSING",
                $"item 3 EVENT_TYPE_HANDOVER_ACCEPTED ROUTING_ROLE_HOLDER {code} own, skipped",
                "acknowledged 3 items",
                "disconnected",
                "reconnected: 3 routed, 3 acknowledged",
                "next heartbeat: nothing redelivered",
            ],
            run.Lines);
    }

    // The desk's e-ID, the local date of receipt, a 4-to-6-digit daily sequence (STANDARD.md ID-2).
    [GeneratedRegex(@"^desk 001\.01\.21\.H21 received (?<code>001\.01\.21\.H21-\d{6}-\d{4,6}) and offered it to 000\.12\.21\.H21$")]
    private static partial Regex Offered();
}
