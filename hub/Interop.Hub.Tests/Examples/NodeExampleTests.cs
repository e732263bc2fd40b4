namespace Interop.Hub.Tests.Examples;

/// <summary>The README's Node.js example, run as users run it, against a hub process.</summary>
public sealed class NodeExampleTests : IAsyncLifetime
{
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Node_example_receives_hands_over_reads_back_and_verifies_the_chain()
    {
        var run = await NodeClient.RunAsync("receive-and-hand-over.mjs", hub.Address);

        ExampleOutput.AssertRoundTrip(run, "DOSSIER_STATUS_PROCESSING");
    }
}
