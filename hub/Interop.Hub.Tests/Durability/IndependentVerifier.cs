using System.Security.Cryptography;
using System.Text;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// Checks what the hub serves against the rules as STANDARD.md states them (EV-2, EV-3, EV-4, EV-6),
/// written apart from the hub's EventHashing and ReceiptSigner so that one mistake cannot hide in both.
/// Hashes are taken over the served bytes, never over a re-serialised message. Answers the problems
/// found (empty when everything holds), so that a run reports all of them at once.
/// </summary>
internal static class IndependentVerifier
{
    private static readonly byte[] EventTag = Encoding.ASCII.GetBytes("interop/event/v1");
    private static readonly byte[] PersonalTag = Encoding.ASCII.GetBytes("interop/personal/v1");
    private static readonly byte[] ReceiptTag = Encoding.ASCII.GetBytes("interop/receipt/v1");

    /// <summary>EV-2: SHA-256("interop/event/v1" || previous hash || stored body bytes), 32 zero bytes before the first event; EV-4: the personal digest.</summary>
    public static IEnumerable<string> Chain(string dossierId, IReadOnlyList<Event> events)
    {
        var previous = new byte[32];
        for (var i = 0; i < events.Count; i++)
        {
            var stored = events[i];
            var bytes = stored.BodyBytes.ToByteArray();
            var body = EventBody.Parser.ParseFrom(bytes);
            if (body.DossierId != dossierId || body.Sequence != i + 1 || body.Id != $"{dossierId}/{i + 1}")
            {
                yield return $"{dossierId}: event {i + 1} names {body.Id} (dossier {body.DossierId}, sequence {body.Sequence})";
            }

            if (!body.PreviousHash.Span.SequenceEqual(previous))
            {
                yield return $"{dossierId}/{i + 1}: previous_hash is not the hash of event {i}";
            }

            var hash = SHA256.HashData([.. EventTag, .. previous, .. bytes]);
            if (!stored.Hash.Span.SequenceEqual(hash))
            {
                yield return $"{dossierId}/{i + 1}: the served hash is not SHA-256 over the tag, the previous hash and the stored bytes";
            }

            if (stored.PersonalData is { } part && part.Salt.Length > 0)
            {
                var digest = SHA256.HashData([.. PersonalTag, .. part.Salt.Span, .. part.DataBytes.Span]);
                if (!body.PersonalDataDigest.Span.SequenceEqual(digest))
                {
                    yield return $"{dossierId}/{i + 1}: personal_data_digest does not match the personal part";
                }
            }

            previous = hash;
        }
    }

    /// <summary>The published key: an Ed25519 key as a DER SubjectPublicKeyInfo (RFC 8410).</summary>
    public static Ed25519PublicKeyParameters PublishedKey(HubKey key)
        => key.Algorithm == "ed25519" ? (Ed25519PublicKeyParameters)PublicKeyFactory.CreateKey(key.PublicKey.ToByteArray()) : throw new InvalidDataException($"hub key algorithm {key.Algorithm}");

    /// <summary>EV-6: an Ed25519 signature over "interop/receipt/v1" || receipt_bytes, by the published key.</summary>
    public static bool ReceiptSignature(SignedReceipt receipt, Ed25519PublicKeyParameters key, string keyId)
    {
        if (receipt.KeyId != keyId || receipt.Algorithm != SignatureAlgorithm.Ed25519)
        {
            return false;
        }

        var verifier = new Ed25519Signer();
        verifier.Init(false, key);
        byte[] signed = [.. ReceiptTag, .. receipt.ReceiptBytes.Span];
        verifier.BlockUpdate(signed, 0, signed.Length);
        return verifier.VerifySignature(receipt.Signature.ToByteArray());
    }
}
