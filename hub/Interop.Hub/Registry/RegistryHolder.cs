namespace Interop.Hub.Registry;

/// <summary>The registry version in force, set once the seed is recorded at start.</summary>
public sealed class RegistryHolder
{
    private HubRegistry? current;

    public HubRegistry Current => Volatile.Read(ref current) ?? throw new InvalidOperationException("the registry is not loaded yet");

    public bool IsLoaded => Volatile.Read(ref current) is not null;

    public void Set(HubRegistry registry) => Volatile.Write(ref current, registry);
}
