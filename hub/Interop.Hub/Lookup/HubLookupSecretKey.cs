using Interop.Hub.Keys;

namespace Interop.Hub.Lookup;

/// <summary>The look-up key derived from the hub's stable key (HKDF, purpose "interop/lookup-secret/v1"); the hub loads its key before it serves.</summary>
internal sealed class HubLookupSecretKey(HubSigningKey hubKey) : ILookupSecretKey
{
    public const string Purpose = "interop/lookup-secret/v1";

    private readonly Lazy<byte[]> key = new(() => hubKey.DeriveKey(Purpose));

    public ReadOnlyMemory<byte> Key => key.Value;
}
