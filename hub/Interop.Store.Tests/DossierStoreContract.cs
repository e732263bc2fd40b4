using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>
/// The behaviour every store must show (DESIGN.md §4): a store implementation runs this suite by
/// deriving from it and saying how to make a store on a fresh location and open it again.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed in DisposeAsync, which xunit calls after each test.")]
public abstract partial class DossierStoreContract(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IDossierStore> opened = [];
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    /// <summary>Bounds every call so that a hang fails the test instead of the run.</summary>
    protected CancellationToken Ct => timeout.Token;

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A new, unopened store on this test's location; calling it again after disposing reopens the same data.</summary>
    protected abstract IDossierStore CreateStore(StoreHooks hooks);

    /// <summary>Removes this test's location once every store on it is closed.</summary>
    protected abstract Task DeleteLocationAsync();

    protected async Task<IDossierStore> OpenAsync(StoreHooks? hooks = null)
    {
        var store = CreateStore(hooks ?? new StoreHooks());
        opened.Add(store);
        await store.OpenAsync(Ct);
        return store;
    }

    protected async Task<IDossierStore> ReopenAsync(IDossierStore store, StoreHooks? hooks = null)
    {
        await store.DisposeAsync();
        return await OpenAsync(hooks);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in opened)
        {
            await store.DisposeAsync();
        }

        await DeleteLocationAsync();
        timeout.Dispose();
    }
}
