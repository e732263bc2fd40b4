using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Interop.Hub.Keys;

/// <summary>
/// The hub's Ed25519 private key on disk: PKCS#8 PEM, mode 0600, written whole or not at all
/// (temporary file, fsync, rename, fsync of the folder), so that a crash never leaves half a key.
/// </summary>
internal static class HubKeyFile
{
    private const string Label = "PRIVATE KEY";

    public static Ed25519PrivateKeyParameters Read(string path)
    {
        var text = File.ReadAllText(path);
        var fields = PemEncoding.Find(text);
        if (!text.AsSpan()[fields.Label].SequenceEqual(Label))
        {
            throw new InvalidDataException($"{path} holds no PKCS#8 \"{Label}\"");
        }

        var der = Convert.FromBase64String(text[fields.Base64Data]);
        return PrivateKeyFactory.CreateKey(der) as Ed25519PrivateKeyParameters
            ?? throw new InvalidDataException($"{path} holds no Ed25519 key");
    }

    public static Ed25519PrivateKeyParameters Create(string path)
    {
        var key = new Ed25519PrivateKeyParameters(new SecureRandom());
        var pem = PemEncoding.WriteString(Label, PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetEncoded());
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(temporary, options))
        {
            if (!OperatingSystem.IsWindows())
            {
                // A temporary file left by an earlier crash keeps its mode: set it again.
                File.SetUnixFileMode(file.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using (var writer = new StreamWriter(file, leaveOpen: true))
            {
                writer.Write(pem);
                writer.Write('\n');
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: false);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return key;
    }
}
