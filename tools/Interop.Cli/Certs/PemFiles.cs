using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Interop.Cli.Certs;

/// <summary>Certificates and keys as PEM files: keys readable by their owner only, never overwritten.</summary>
internal static class PemFiles
{
    public const string CaName = "ca";

    /// <summary>Writes <c>name.crt</c> and <c>name.key</c> (PKCS#8, mode 0600) into a folder; refuses when either exists.</summary>
    public static (string Certificate, string Key) WriteNew(string directory, string name, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Directory.CreateDirectory(directory);
        var certificatePath = Path.Combine(directory, name + ".crt");
        var keyPath = Path.Combine(directory, name + ".key");
        foreach (var path in new[] { keyPath, certificatePath })
        {
            if (File.Exists(path))
            {
                throw new CommandFailedException($"{path} exists; the CLI never overwrites a key or certificate (move it away first)");
            }
        }

        using var key = certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("the certificate carries no ECDSA private key");
        Write(keyPath, key.ExportPkcs8PrivateKeyPem(), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Write(certificatePath, certificate.ExportCertificatePem(), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return (certificatePath, keyPath);
    }

    /// <summary>The CA of a folder written by <c>certs create-ca</c>, with its key.</summary>
    public static X509Certificate2 LoadCa(string directory)
    {
        var certificatePath = Path.Combine(directory, CaName + ".crt");
        var keyPath = Path.Combine(directory, CaName + ".key");
        if (!File.Exists(certificatePath) || !File.Exists(keyPath))
        {
            throw new CommandFailedException($"{directory} holds no {CaName}.crt and {CaName}.key: create them with 'interop certs create-ca --out {directory}'");
        }

        try
        {
            var ca = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
            if (ca.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is not { CertificateAuthority: true })
            {
                ca.Dispose();
                throw new CommandFailedException($"{certificatePath} is not a CA certificate");
            }

            return ca;
        }
        catch (CryptographicException error)
        {
            throw new CommandFailedException($"{certificatePath} and {keyPath} are not a PEM certificate and its key: {error.Message}");
        }
    }

    /// <summary>The first certificate of a PEM file.</summary>
    public static X509Certificate2 LoadCertificate(string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandFailedException($"{path} does not exist");
        }

        try
        {
            return X509Certificate2.CreateFromPem(File.ReadAllText(path));
        }
        catch (CryptographicException error)
        {
            throw new CommandFailedException($"{path} holds no PEM certificate: {error.Message}");
        }
    }

    private static void Write(string path, string pem, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(pem);
        writer.Write('\n');
    }
}
