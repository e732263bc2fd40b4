namespace Interop.Load.Wire;

/// <summary>A response that is not read: the ingest modes count statuses, never parse answers.</summary>
internal sealed class NoResponse
{
    public static readonly NoResponse Instance = new();

    private NoResponse()
    {
    }
}
