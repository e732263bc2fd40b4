namespace Interop.Store;

/// <summary>The store cannot be used now (disk full, read-only, server down); the hub answers UNAVAILABLE.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
