using Interop.Domain.Registry;

namespace Interop.Hub.Registry;

/// <summary>The registry version in force, set once the seed is recorded at start.</summary>
public sealed class RegistryHolder
{
    private RegistryView? current;

    public RegistryView Current => Volatile.Read(ref current) ?? throw new InvalidOperationException("the registry is not loaded yet");

    public bool IsLoaded => Volatile.Read(ref current) is not null;

    public void Set(RegistryView registry) => Volatile.Write(ref current, registry);
}
