using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>
/// A C2SP signed-note and tlog-checkpoint reader written from the specifications
/// (c2sp.org/signed-note, c2sp.org/tlog-checkpoint), apart from the hub's signer: a verifier key
/// "name+hex(key hash)+base64(0x01 || Ed25519 public key)", the key hash being
/// SHA-256(name || "\n" || 0x01 || public key)[:4]; a note is its text, a blank line, and signature
/// lines "— name base64(key hash || signature over the text)".
/// </summary>
internal static class SignedNoteVerifier
{
    public sealed record Checkpoint(string Origin, long Size, byte[] Root);

    /// <summary>The checkpoint the note carries, if the verifier key's signature on it is good; otherwise why not.</summary>
    public static Checkpoint Open(string note, string verifierKey)
    {
        // The name and the hex hash hold no '+'; the base64 key may.
        var parts = verifierKey.Split('+', 3);
        Assert.Equal(3, parts.Length);
        var (name, keyHash, key) = (parts[0], Convert.FromHexString(parts[1]), Convert.FromBase64String(parts[2]));
        Assert.Equal(1 + 32, key.Length);
        Assert.Equal(0x01, key[0]);
        Assert.Equal(keyHash, SHA256.HashData([.. Encoding.UTF8.GetBytes(name), (byte)'\n', .. key])[..4]);

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        Assert.True(split > 0, "a note has its text, a blank line, then signatures");
        var text = note[..(split + 1)];
        var lines = note[(split + 2)..].Split('\n');
        Assert.Equal("", lines[^1]);
        var ours = lines[..^1].Select(line => line.Split(' ')).Where(f => f.Length == 3 && f[0] == "\u2014" && f[1] == name).ToList();
        var signature = Convert.FromBase64String(Assert.Single(ours)[2]);
        Assert.Equal(keyHash, signature[..4]);

        var verifier = new Ed25519Signer();
        verifier.Init(false, new Ed25519PublicKeyParameters(key, 1));
        var signed = Encoding.UTF8.GetBytes(text);
        verifier.BlockUpdate(signed, 0, signed.Length);
        Assert.True(verifier.VerifySignature(signature[4..]), "the Ed25519 signature does not verify over the note's text");

        var body = text.Split('\n');
        Assert.True(body.Length >= 4 && body[^1] == "", "a checkpoint is origin, size and root hash lines");
        Assert.Matches("^(0|[1-9][0-9]*)$", body[1]);
        return new Checkpoint(body[0], long.Parse(body[1], System.Globalization.CultureInfo.InvariantCulture), Convert.FromBase64String(body[2]));
    }
}
