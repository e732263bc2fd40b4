using System.Net;

namespace Interop.Cli.Certs;

/// <summary><c>certs create-hub</c>: the hub's TLS server certificate, signed by the CA.</summary>
internal sealed class CreateHubCommand(TimeProvider time) : ICommand
{
    public const string FileName = "hub";

    public string Name => "certs create-hub";

    public string Usage => "certs create-hub --ca <dir> --out <dir> [--dns localhost]... [--ip 127.0.0.1]... [--days 365]";

    public int Run(CommandArguments arguments, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        arguments.Allow(0, "ca", "out", "dns", "ip", "days");
        var caDirectory = arguments.Required("ca");
        var directory = arguments.Required("out");
        var days = arguments.Days("days", 365);
        var dnsNames = arguments.All("dns").ToList();
        var addresses = arguments.All("ip").Select(Address).ToList();
        if (dnsNames.Count == 0 && addresses.Count == 0)
        {
            dnsNames.Add("localhost");
            addresses.Add(IPAddress.Loopback);
        }

        using var ca = PemFiles.LoadCa(caDirectory);
        using var hub = CertificateFactory.IssueServer(ca, dnsNames, addresses, days, time.GetUtcNow());
        var (certificate, key) = PemFiles.WriteNew(directory, FileName, hub);
        output.WriteLine($"wrote {certificate} and {key} for {string.Join(", ", dnsNames.Concat(addresses.Select(a => a.ToString())))}; valid until {hub.NotAfter.ToUniversalTime():yyyy-MM-dd}");
        output.WriteLine($"hub settings: --Hub:Tls:Certificate={Path.GetFullPath(certificate)} --Hub:Tls:Key={Path.GetFullPath(key)}");
        return 0;
    }

    private static IPAddress Address(string text)
        => IPAddress.TryParse(text, out var address) ? address : throw new UsageException($"--ip {text} is not an IP address");
}
