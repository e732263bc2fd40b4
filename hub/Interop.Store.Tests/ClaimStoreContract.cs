using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>
/// The claim store's part of the contract: citizens' look-up digests, written with the append that
/// claims their code, and the numbers of national codes. (Taking claims is an append's, in
/// <see cref="DossierStoreContract{TStore}"/>.)
/// </summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract partial class ClaimStoreContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output)
    : StoreContract<TStore>(location, output)
    where TStore : IStoreEngine, IDossierStore, IClaimStore
{
}
