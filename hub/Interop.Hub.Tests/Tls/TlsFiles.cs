using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Interop.Cli.Certs;

namespace Interop.Hub.Tests.Tls;

/// <summary>
/// A province's certificates as the CLI creates them, in a temporary folder: the CA, the hub's server
/// certificate, member certificates, and a stranger's certificate from another CA; and the registry
/// seed with chosen pins.
/// </summary>
internal sealed class TlsFiles : IDisposable
{
    public const string Igate = "member-igate-gialai";
    public const string Auditor = "member-auditor-vpcp";

    private readonly TempDirectory root = new("interop-tls-");

    private TlsFiles() => SeedPath = Path.Combine(Root, "registry-seed.json");

    /// <summary>Reloads of the seed every 200 ms and heartbeats every 500 ms, so that a changed pin shows quickly.</summary>
    public static IReadOnlyList<string> HubSettings { get; } = ["--Hub:RegistryReloadInterval=00:00:00.200", "--Hub:InboxHeartbeatInterval=00:00:00.500"];

    public string Root => root.Path;

    public string CaDirectory => Path.Combine(Root, "ca");

    public string SeedPath { get; }

    public X509Certificate2 Ca { get; private set; } = null!;

    public static TlsFiles Create()
    {
        var files = new TlsFiles();
        var now = DateTimeOffset.UtcNow;
        using (var ca = CertificateFactory.CreateRoot("Interop test CA", 30, now))
        {
            PemFiles.WriteNew(files.CaDirectory, PemFiles.CaName, ca);
        }

        using (var ca = PemFiles.LoadCa(files.CaDirectory))
        using (var hub = CertificateFactory.IssueServer(ca, ["localhost"], [IPAddress.Loopback], 30, now))
        {
            PemFiles.WriteNew(Path.Combine(files.Root, "hub"), "hub", hub);
        }

        using (var strangers = CertificateFactory.CreateRoot("Interop test CA", 30, now))
        using (var stranger = CertificateFactory.IssueClient(strangers, Igate, 30, now))
        {
            PemFiles.WriteNew(Path.Combine(files.Root, "stranger"), Igate, stranger);
        }

        files.Ca = PemFiles.LoadCertificate(Path.Combine(files.CaDirectory, "ca.crt"));
        return files;
    }

    /// <summary>The hub's TLS settings.</summary>
    public string[] HubArgs =>
    [
        $"--Hub:Tls:Certificate={Path.Combine(Root, "hub", "hub.crt")}",
        $"--Hub:Tls:Key={Path.Combine(Root, "hub", "hub.key")}",
        $"--Hub:Tls:ClientCa={Path.Combine(CaDirectory, "ca.crt")}",
        $"--Hub:SeedFile={SeedPath}",
    ];

    /// <summary>A member certificate signed by the CA, stored as <c>name.crt</c>/<c>name.key</c> (name unique per certificate).</summary>
    public X509Certificate2 IssueMember(string memberId, string name)
    {
        using (var ca = PemFiles.LoadCa(CaDirectory))
        using (var member = CertificateFactory.IssueClient(ca, memberId, 30, DateTimeOffset.UtcNow))
        {
            PemFiles.WriteNew(Path.Combine(Root, "members"), name, member);
        }

        return X509Certificate2.CreateFromPemFile(Path.Combine(Root, "members", name + ".crt"), Path.Combine(Root, "members", name + ".key"));
    }

    /// <summary>The certificate from another CA, for the member id <see cref="Igate"/>.</summary>
    public X509Certificate2 Stranger()
        => X509Certificate2.CreateFromPemFile(Path.Combine(Root, "stranger", Igate + ".crt"), Path.Combine(Root, "stranger", Igate + ".key"));

    /// <summary>
    /// Writes the shipped seed with these pins (the CLI's key_pins entries), replacing the file in one
    /// rename so that the hub never reads half a file.
    /// </summary>
    public void WriteSeed(IReadOnlyDictionary<string, X509Certificate2[]> pins)
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "registry-seed.json")))!;
        foreach (var member in seed["members"]!.AsArray())
        {
            var id = member!["id"]!.GetValue<string>();
            var entries = new JsonArray();
            foreach (var certificate in pins.GetValueOrDefault(id, []))
            {
                entries.Add(JsonNode.Parse(KeyPins.SeedEntry(certificate, $"{id} test key")));
            }

            member["keyPins"] = entries;
        }

        var draft = SeedPath + ".new";
        File.WriteAllText(draft, seed.ToJsonString());
        File.Move(draft, SeedPath, overwrite: true);
    }

    /// <summary>Every development token of the shipped settings switched off: the hub runs as in production.</summary>
    public static string[] NoDevelopmentTokens()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))!;
        return settings["Hub"]?["DevelopmentTokens"]?.AsObject().Select(t => $"--Hub:DevelopmentTokens:{t.Key}=").ToArray() ?? [];
    }

    public void Dispose() => root.Dispose();
}
