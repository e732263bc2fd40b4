using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Google.Protobuf;
using Interop.Protos.Registry.V1;

namespace Interop.Cli.Tests;

/// <summary>The <c>interop certs</c> commands as an operator runs them, into a temporary folder.</summary>
public sealed class CertsCliTests : IDisposable
{
    private readonly TempDirectory temp = new("interop-cli-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Create_ca_writes_the_certificate_and_a_key_only_its_owner_reads()
    {
        var (code, _, _) = Run("certs", "create-ca", "--out", Dir("ca"), "--name", "Gia Lai CA", "--days", "30");

        Assert.Equal(0, code);
        using var ca = X509Certificate2.CreateFromPemFile(Dir("ca/ca.crt"), Dir("ca/ca.key"));
        Assert.Equal("CN=Gia Lai CA", ca.Subject);
        Assert.True(ca.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Dir("ca/ca.key")));
        }
    }

    [Fact]
    public void Create_ca_refuses_to_overwrite_an_existing_key()
    {
        Run("certs", "create-ca", "--out", Dir("ca"));
        var key = File.ReadAllBytes(Dir("ca/ca.key"));

        var (code, _, error) = Run("certs", "create-ca", "--out", Dir("ca"));

        Assert.Equal(1, code);
        Assert.Contains("never overwrites", error, StringComparison.Ordinal);
        Assert.Equal(key, File.ReadAllBytes(Dir("ca/ca.key")));
    }

    [Fact]
    public void Create_member_prints_the_pin_and_a_key_pins_entry_for_the_seed()
    {
        Run("certs", "create-ca", "--out", Dir("ca"));

        var (code, output, _) = Run("certs", "create-member", "--ca", Dir("ca"), "--member", "member-igate-gialai", "--out", Dir("members"));

        Assert.Equal(0, code);
        using var member = X509Certificate2.CreateFromPemFile(Dir("members/member-igate-gialai.crt"), Dir("members/member-igate-gialai.key"));
        var pin = Convert.ToBase64String(SHA256.HashData(member.PublicKey.ExportSubjectPublicKeyInfo()));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains($"pin: {pin}", lines);
        var entry = JsonParser.Default.Parse<KeyPin>(lines[^1]);
        Assert.Equal(pin, entry.SpkiSha256.ToBase64());
        Assert.Equal(32, entry.SpkiSha256.Length);
        Assert.NotNull(entry.Validity.End);
        Assert.Equal("CN=member-igate-gialai", member.Subject);
        Assert.Contains(member.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>(), o => o.Value == "1.3.6.1.5.5.7.3.2");
        Assert.Equal(pin + "\n", Run("certs", "pin", Dir("members/member-igate-gialai.crt")).Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Create_hub_names_the_addresses_members_dial()
    {
        Run("certs", "create-ca", "--out", Dir("ca"));

        var (code, _, _) = Run("certs", "create-hub", "--ca", Dir("ca"), "--out", Dir("hub"), "--dns", "hub.gialai.gov.vn", "--dns", "localhost", "--ip", "127.0.0.1");

        Assert.Equal(0, code);
        using var hub = X509Certificate2.CreateFromPemFile(Dir("hub/hub.crt"), Dir("hub/hub.key"));
        Assert.True(hub.MatchesHostname("hub.gialai.gov.vn"));
        Assert.True(hub.MatchesHostname("127.0.0.1"));
        Assert.Contains(hub.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>(), o => o.Value == "1.3.6.1.5.5.7.3.1");
    }

    [Theory]
    [InlineData("certs", "create-ca")]
    [InlineData("certs", "create-ca", "--out", "x", "--days", "many")]
    [InlineData("certs", "create-ca", "--out", "x", "--colour", "blue")]
    [InlineData("certs", "create-hub", "--ca", "x", "--out", "y", "--ip", "not-an-address")]
    [InlineData("certs", "create-member", "--ca", "x", "--member", "../escape", "--out", "y")]
    [InlineData("certs", "pin")]
    [InlineData("certs", "renew")]
    public void Bad_arguments_exit_with_code_2(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    private string Dir(string relative) => temp.File(relative);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }
}
