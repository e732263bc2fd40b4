namespace Interop.Store;

/// <summary>The status code a refused call was answered with (the hub's gRPC status number), opaque to the store.</summary>
/// <param name="Value">The number.</param>
public readonly record struct RefusalStatusCode(int Value);
