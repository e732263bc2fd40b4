using System.Text;
using Google.Protobuf;
using Interop.Hub.Keys;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.WritePath;

/// <summary>Signs receipts with the hub's stable Ed25519 key: the signature covers "interop/receipt/v1" || receipt_bytes.</summary>
internal sealed class ReceiptSigner(HubSigningKey key)
{
    private static readonly byte[] Tag = Encoding.ASCII.GetBytes("interop/receipt/v1");

    public SignedReceipt Sign(Receipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var bytes = receipt.ToByteArray();
        return new SignedReceipt
        {
            ReceiptBytes = ByteString.CopyFrom(bytes),
            Receipt = receipt,
            KeyId = key.KeyId,
            Algorithm = SignatureAlgorithm.Ed25519,
            Signature = ByteString.CopyFrom(key.Sign([.. Tag, .. bytes])),
        };
    }
}
