namespace Interop.Store;

/// <summary>An event's type as a store indexes it: the hub's number for it, opaque to the store.</summary>
/// <param name="Value">The number.</param>
public readonly record struct EventTypeCode(int Value);
