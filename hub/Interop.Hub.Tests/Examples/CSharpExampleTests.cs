namespace Interop.Hub.Tests.Examples;

/// <summary>The README's C# example (tools/csharp-client), built with the tests and run against a hub process.</summary>
public sealed class CSharpExampleTests : IAsyncLifetime
{
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task CSharp_example_receives_hands_over_reads_back_and_verifies_the_chain()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "Interop.CSharpClient.dll");

        var run = await ChildProcess.RunAsync("dotnet", [example, hub.Address.ToString()], RepositoryRoot.Path, TimeSpan.FromSeconds(60));

        ExampleOutput.AssertRoundTrip(run, "Processing");
    }
}
