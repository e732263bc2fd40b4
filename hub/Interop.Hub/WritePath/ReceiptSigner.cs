using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using Interop.Protos.Dossier.V1;
using Microsoft.Extensions.Options;

namespace Interop.Hub.WritePath;

/// <summary>
/// Signs receipts with the hub's stable ECDSA P-256 key, kept in the data directory and created only
/// when none exists (never afresh at start). The key id is derived from the public key.
/// </summary>
public sealed class ReceiptSigner : IDisposable
{
    public const string KeyFileName = "hub-signing-key.pem";
    private static readonly byte[] Tag = Encoding.ASCII.GetBytes("interop/receipt/v1");
    private readonly ECDsa key;

    public ReceiptSigner(IOptions<HubOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.Value.DataDirectory);
        var path = Path.Combine(options.Value.DataDirectory, KeyFileName);
        key = ECDsa.Create();
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            key.GenerateKey(ECCurve.NamedCurves.nistP256);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, key.ExportPkcs8PrivateKeyPem());
            File.Move(temporary, path);
        }

        PublicKey = key.ExportSubjectPublicKeyInfo();
        KeyId = "hub-" + Convert.ToHexStringLower(SHA256.HashData(PublicKey))[..16];
    }

    public string KeyId { get; }

    /// <summary>The DER SubjectPublicKeyInfo.</summary>
    public byte[] PublicKey { get; }

    public SignedReceipt Sign(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var bytes = receipt.ToByteArray();
        var signature = key.SignData([.. Tag, .. bytes], HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new SignedReceipt
        {
            ReceiptBytes = ByteString.CopyFrom(bytes),
            Receipt = receipt,
            KeyId = KeyId,
            Algorithm = SignatureAlgorithm.EcdsaP256Sha256,
            Signature = ByteString.CopyFrom(signature),
        };
    }

    public void Dispose() => key.Dispose();
}
