using System.Security.Cryptography;
using System.Text;
using Interop.Hub.Checkpoints;
using Interop.Store;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace Interop.Hub.Keys;

/// <summary>
/// The hub's one stable Ed25519 key (DESIGN.md §7): it signs receipts and checkpoints, and secret keys
/// for other purposes are derived from it. Made on the first start only, when the data directory has
/// no store yet; a store without its key stops the hub rather than silently starting a new identity.
/// </summary>
/// <remarks>
/// It is named as a C2SP signed-note key: the name is the log's origin, the key hash is
/// SHA-256(name || 0x0A || 0x01 || public key)[:4], the key id is "name+hex(key hash)".
/// </remarks>
internal sealed class HubSigningKey(IOptions<HubOptions> options, IEventLog store, ILogger<HubSigningKey> logger)
{
    public const string KeyFileName = "hub-key.pem";
    public const string Algorithm = "ed25519";

    /// <summary>The signed-note signature type of Ed25519.</summary>
    public const byte NoteSignatureType = 0x01;

    private Ed25519PrivateKeyParameters? privateKey;
    private byte[]? publicKey;
    private NoteKeyName? name;

    public string Path => System.IO.Path.Combine(options.Value.DataDirectory, KeyFileName);

    /// <summary>The key name: the log's origin.</summary>
    public string Name => Named.Name;

    /// <summary>The 4-byte signed-note key hash.</summary>
    public byte[] KeyHash => Named.KeyHash;

    /// <summary>"name+hex(key hash)", as receipts name the key and the registry publishes it.</summary>
    public string KeyId => Named.KeyId;

    /// <summary>The signed-note verifier key "name+hex(key hash)+base64(0x01 || public key)".</summary>
    public string VerifierKey => $"{Name}+{Convert.ToHexStringLower(KeyHash)}+{Convert.ToBase64String([NoteSignatureType, .. PublicKey])}";

    /// <summary>The raw 32-byte Ed25519 public key.</summary>
    public byte[] PublicKey => publicKey ?? throw NotLoaded();

    /// <summary>The DER SubjectPublicKeyInfo of the public key.</summary>
    public byte[] SubjectPublicKeyInfo => SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(new Ed25519PublicKeyParameters(PublicKey)).GetEncoded();

    private NoteKeyName Named => name ??= NoteKeyName.For(LogOrigin.Of(options.Value, store.LogId), PublicKey);

    /// <summary>Reads the key, or makes it if the data directory has no store yet; before the store opens.</summary>
    public void Load()
    {
        var directory = options.Value.DataDirectory;
        Directory.CreateDirectory(directory);
        var storeExists = File.Exists(System.IO.Path.Combine(directory, HubServiceCollectionExtensions.StoreFileName));
        Ed25519PrivateKeyParameters key;
        if (File.Exists(Path))
        {
            try
            {
                key = HubKeyFile.Read(Path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or InvalidCastException)
            {
                throw new InvalidOperationException(
                    $"The hub's signing key {Path} cannot be read ({exception.Message}). Restore it from backup: "
                    + "the hub never makes a new key for an existing store, because receipts and checkpoints would change identity.", exception);
            }
        }
        else if (storeExists)
        {
            throw new InvalidOperationException(
                $"The hub's signing key {Path} is missing but the store {HubServiceCollectionExtensions.StoreFileName} exists. Restore the key from backup: "
                + "the hub never makes a new key for an existing store, because receipts and checkpoints would change identity.");
        }
        else
        {
            key = HubKeyFile.Create(Path);
            HubLog.SigningKeyCreated(logger, Path);
        }

        privateKey = key;
        publicKey = key.GeneratePublicKey().GetEncoded();
    }

    /// <summary>An Ed25519 signature over the message.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var key = privateKey ?? throw NotLoaded();
        var bytes = message.ToArray();
        var signature = new byte[Ed25519PrivateKeyParameters.SignatureSize];
        key.Sign(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Algorithm.Ed25519, null, bytes, 0, bytes.Length, signature, 0);
        return signature;
    }

    /// <summary>
    /// A secret key for one purpose, derived from the private key: HKDF-SHA256 (RFC 5869) with the
    /// 32-byte Ed25519 seed as input key material, no salt, and the purpose label (UTF-8) as info,
    /// e.g. DeriveKey("interop/lookup-secret/v1"). Stable as long as the hub key is.
    /// </summary>
    public byte[] DeriveKey(string purpose, int length = 32)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var key = privateKey ?? throw NotLoaded();
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, key.GetEncoded(), length, salt: [], info: Encoding.UTF8.GetBytes(purpose));
    }

    private static InvalidOperationException NotLoaded() => new("The hub's signing key is loaded at start, before the store opens.");
}
