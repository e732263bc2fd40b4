namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// One <see cref="TestHub"/> for a whole test class (<c>IClassFixture</c>); a class that varies the
/// hub derives and passes its <see cref="TestHubOptions"/>.
/// </summary>
public class HubFixture : IAsyncLifetime
{
    private readonly TestHubOptions options;

    public HubFixture()
        : this(new TestHubOptions())
    {
    }

    private protected HubFixture(TestHubOptions options) => this.options = options;

    internal TestHub Hub { get; private set; } = null!;

    internal Members Members => Hub.Members;

    public virtual async Task InitializeAsync() => Hub = await TestHub.StartAsync(options);

    public virtual async Task DisposeAsync() => await Hub.DisposeAsync();
}
