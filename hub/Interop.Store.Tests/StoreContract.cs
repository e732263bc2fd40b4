using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>
/// What every part of the store contract (DESIGN.md §4) shares: a store on a fresh location per test,
/// opened, reopened on the same data, and closed and removed afterwards. A store implementation runs
/// a part by deriving from it with its <see cref="IStoreLocation{TStore}"/>; each part names the
/// interfaces it needs, so a new store can pass the parts one at a time.
/// </summary>
/// <typeparam name="TStore">The store under test.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed in DisposeAsync, which xunit calls after each test.")]
public abstract class StoreContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output) : IAsyncLifetime
    where TStore : IStoreEngine
{
    private readonly List<TStore> opened = [];
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    /// <summary>Bounds every call so that a hang fails the test instead of the run.</summary>
    protected CancellationToken Ct => timeout.Token;

    protected ITestOutputHelper Output { get; } = output;

    protected async Task<TStore> OpenAsync(StoreHooks? hooks = null)
    {
        var store = location.CreateStore(hooks ?? new StoreHooks());
        opened.Add(store);
        await store.OpenAsync(Ct);
        return store;
    }

    protected async Task<TStore> ReopenAsync(TStore store, StoreHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(store);
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

        await location.DeleteAsync();
        timeout.Dispose();
    }
}
