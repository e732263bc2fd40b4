using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>
/// The dossier store's part of the contract: conditional appends, their batches and crash points, the
/// list index, and the stored state as the fold of the stored events. An append writes claims and inbox
/// items in its own transaction, so this part also reads them back (<see cref="IClaimStore.FindClaimAsync"/>,
/// <see cref="IInboxStore.InboxHeadAsync"/>, <see cref="IInboxStore.ReadInboxAsync"/>) to prove that a refused
/// or failed append wrote none of them.
/// </summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract partial class DossierStoreContract<TStore>(IStoreLocation<TStore> location, ITestOutputHelper output)
    : StoreContract<TStore>(location, output)
    where TStore : IStoreEngine, IDossierStore, IClaimStore, IInboxStore
{
}
