namespace Interop.Store.Tests;

/// <summary>What the contract needs to reach inside a store under test: every implementation offers it as a test option.</summary>
public sealed class StoreHooks
{
    /// <summary>Awaited right before each durable commit (the disk sync), with the store's closing token.</summary>
    public Func<CancellationToken, Task>? BeforeCommit { get; init; }
}
