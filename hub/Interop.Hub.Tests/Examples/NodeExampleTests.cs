namespace Interop.Hub.Tests.Examples;

/// <summary>The README's Node.js example, run as users run it, against a hub process.</summary>
public sealed class NodeExampleTests : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tools", "node-client");
    private HubProcess hub = null!;

    public async Task InitializeAsync() => hub = await HubProcess.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Node_example_receives_hands_over_reads_back_and_verifies_the_chain()
    {
        await InstallOnceAsync();

        var run = await ChildProcess.RunAsync(
            "node", [Path.Combine(Folder, "receive-and-hand-over.mjs"), hub.Address.ToString()], RepositoryRoot.Path, TimeSpan.FromSeconds(60));

        ExampleOutput.AssertRoundTrip(run, "DOSSIER_STATUS_PROCESSING");
    }

    // ./test.sh installs the example's packages; a test run on its own installs them when missing.
    private static async Task InstallOnceAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@grpc", "grpc-js")))
        {
            return;
        }

        var install = await ChildProcess.RunAsync(
            "npm", ["ci", "--prefix", Folder, "--no-audit", "--no-fund", "--loglevel=error"], RepositoryRoot.Path, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, install.ToString());
    }
}
