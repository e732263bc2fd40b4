using System.Globalization;
using System.Text;
using Google.Protobuf;
using Interop.Hub.Keys;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Checkpoints;

/// <summary>
/// A C2SP tlog-checkpoint as a signed note: "origin\nsize\nbase64(root)\n", a blank line, and one
/// signature line "— name base64(key hash || Ed25519 signature over the text above the blank line)".
/// </summary>
internal static class CheckpointNote
{
    public static SignedCheckpoint Sign(HubSigningKey key, long size, byte[] root)
    {
        var origin = key.Name;
        var text = string.Create(CultureInfo.InvariantCulture, $"{origin}\n{size}\n{Convert.ToBase64String(root)}\n");
        var signature = key.Sign(Encoding.UTF8.GetBytes(text));
        var note = $"{text}\n\u2014 {key.Name} {Convert.ToBase64String([.. key.KeyHash, .. signature])}\n";
        return new SignedCheckpoint { Note = note, Origin = origin, TreeSize = size, RootHash = ByteString.CopyFrom(root) };
    }
}
