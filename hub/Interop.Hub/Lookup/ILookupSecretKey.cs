namespace Interop.Hub.Lookup;

/// <summary>The secret key citizens' look-up secrets are derived with: stable, so a replayed receipt answers the same secret.</summary>
internal interface ILookupSecretKey
{
    /// <summary>The key bytes (HMAC-SHA256 key).</summary>
    ReadOnlyMemory<byte> Key { get; }
}
