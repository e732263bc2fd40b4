namespace Interop.Store;

/// <summary>
/// The store as a whole (DESIGN.md §4): opening it, proving it writable and counting its durable
/// commits. Every concern of the port (<see cref="IDossierStore"/>, <see cref="IEventLog"/>,
/// <see cref="IInboxStore"/>, <see cref="IClaimStore"/>, <see cref="IRefusalLog"/>,
/// <see cref="IRegistryStore"/>) is served by one engine, so their writes can share its commits.
/// </summary>
public interface IStoreEngine : IAsyncDisposable
{
    /// <summary>Counters of the durable commits, by what they carried.</summary>
    StoreCounters Counters { get; }

    /// <summary>Opens or creates the store; fails if it cannot guarantee durability.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Whether the store can be written now (health checking); a real, small durable write, cheap enough every few seconds.</summary>
    Task<bool> IsWritableAsync(CancellationToken cancellationToken);
}
