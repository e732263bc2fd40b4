namespace Interop.Store.Tests;

/// <summary>Where one test's store lives, as an implementation of the store tells the contract.</summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public interface IStoreLocation<out TStore>
{
    /// <summary>A new, unopened store on this location; called again after disposing, it reopens the same data.</summary>
    TStore CreateStore(StoreHooks hooks);

    /// <summary>Removes the location once every store on it is closed.</summary>
    Task DeleteAsync();
}
