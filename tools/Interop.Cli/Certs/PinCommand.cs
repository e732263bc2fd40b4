namespace Interop.Cli.Certs;

/// <summary><c>certs pin</c>: the registry pin of any certificate (base64 SHA-256 of its SubjectPublicKeyInfo).</summary>
internal sealed class PinCommand : ICommand
{
    public string Name => "certs pin";

    public string Usage => "certs pin <cert.pem>";

    public int Run(CommandArguments arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        arguments.Allow(1);
        using var certificate = PemFiles.LoadCertificate(arguments.Positional(0));
        output.WriteLine(KeyPins.Pin(certificate));
        return 0;
    }
}
