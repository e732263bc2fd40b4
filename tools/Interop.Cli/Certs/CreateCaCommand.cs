namespace Interop.Cli.Certs;

/// <summary><c>certs create-ca</c>: a root CA that issues the hub's and the members' certificates.</summary>
internal sealed class CreateCaCommand(TimeProvider time) : ICommand
{
    public string Name => "certs create-ca";

    public string Usage => "certs create-ca --out <dir> [--name \"Interop development CA\"] [--days 365]";

    public int Run(CommandArguments arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        arguments.Allow(0, "out", "name", "days");
        var directory = arguments.Required("out");
        var name = arguments.Optional("name", "Interop development CA")!;
        var days = arguments.Days("days", 365);

        using var ca = CertificateFactory.CreateRoot(name, days, time.GetUtcNow());
        var (certificate, key) = PemFiles.WriteNew(directory, PemFiles.CaName, ca);
        output.WriteLine($"wrote {certificate} and {key} (keep the key offline); valid until {ca.NotAfter.ToUniversalTime():yyyy-MM-dd}");
        output.WriteLine($"hub setting: --Hub:Tls:ClientCa={Path.GetFullPath(certificate)}");
        return 0;
    }
}
