using System.Security.Cryptography;
using System.Text;

namespace Interop.Hub.Keys;

/// <summary>A C2SP signed-note key's name and key hash: SHA-256(name || 0x0A || 0x01 || public key)[:4].</summary>
internal sealed record NoteKeyName(string Name, byte[] KeyHash)
{
    public string KeyId => $"{Name}+{Convert.ToHexStringLower(KeyHash)}";

    public static NoteKeyName For(string name, byte[] ed25519PublicKey)
    {
        byte[] input = [.. Encoding.UTF8.GetBytes(name), 0x0A, HubSigningKey.NoteSignatureType, .. ed25519PublicKey];
        return new NoteKeyName(name, SHA256.HashData(input)[..4]);
    }
}
