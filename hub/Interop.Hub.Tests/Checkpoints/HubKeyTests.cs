using System.Security.Cryptography;
using System.Text;
using Interop.Hub.Keys;
using Interop.Hub.Tests.Durability;
using Microsoft.Extensions.DependencyInjection;
using Interop.Hub.Tests.Examples;
using Interop.Protos.Registry.V1;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Checkpoints;

/// <summary>The hub's one Ed25519 key: made on the first start, kept across restarts, never replaced behind an operator's back.</summary>
public sealed class HubKeyTests : IDisposable
{
    private readonly TempDirectory data = new("interop-hub-");

    private string KeyPath => data.File(HubSigningKey.KeyFileName);

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Hub_keeps_its_key_id_across_restarts()
    {
        var first = await PublishedKeyAsync();

        var second = await PublishedKeyAsync();

        Assert.Equal(first, second);
        Assert.Equal("ed25519", first.Algorithm);
        Assert.Matches("^interop-hub/[0-9a-f]{32}\\+[0-9a-f]{8}$", first.KeyId);
    }

    [Fact]
    public async Task Hub_makes_its_key_on_a_fresh_data_directory_readable_by_its_user_only()
    {
        await using var hub = await TestHub.StartAsync(new() { DataDirectory = data.Path });
        var key = await KeyOfAsync(hub);

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", await File.ReadAllTextAsync(KeyPath), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        }

        Assert.False(File.Exists(KeyPath + ".tmp"));
        Assert.Contains(hub.Output, line => line.Contains(key.KeyId, StringComparison.Ordinal) && line.Contains(key.VerifierKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hub_refuses_to_start_when_its_key_is_missing_beside_a_store()
    {
        await PublishedKeyAsync();
        File.Delete(KeyPath);

        var run = await RunHubAsync();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("signing key", run.ToString(), StringComparison.Ordinal);
        Assert.Contains("is missing but the store hub.db exists", run.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(KeyPath));
    }

    [Fact]
    public async Task Hub_refuses_to_start_when_its_key_file_is_unreadable()
    {
        await PublishedKeyAsync();
        await File.WriteAllTextAsync(KeyPath, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        var run = await RunHubAsync();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("cannot be read", run.ToString(), StringComparison.Ordinal);
        Assert.Contains("AAAA", await File.ReadAllTextAsync(KeyPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipts_verify_with_the_published_key()
    {
        await using var hub = await TestHub.StartAsync(new() { DataDirectory = data.Path });
        var igate = hub.Members.Igate;
        var key = await KeyOfAsync(hub);

        var outcome = (await igate.Dossiers.ReceiveDossierAsync(Receive("key-receipt", "KEY-1", Local(11, 3, 8)))).Outcome;

        Assert.True(IndependentVerifier.ReceiptSignature(outcome.Receipt, IndependentVerifier.PublishedKey(key), key.KeyId));
        var raw = ((Ed25519PublicKeyParameters)PublicKeyFactory.CreateKey(key.PublicKey.ToByteArray())).GetEncoded();
        Assert.Equal(Convert.ToBase64String([0x01, .. raw]), key.VerifierKey.Split('+', 3)[2]);
    }

    [Fact]
    public async Task Derived_keys_are_HKDF_of_the_key_per_purpose_and_stable_across_restarts()
    {
        const string Lookup = "interop/lookup-secret/v1";
        var hub = await TestHub.StartAsync();
        var key = hub.Services.GetRequiredService<HubSigningKey>();
        var (first, other) = (key.DeriveKey(Lookup), key.DeriveKey("interop/other/v1"));

        await using var again = await hub.RestartAsync();
        var pem = await File.ReadAllTextAsync(Path.Combine(again.DataDirectory, HubSigningKey.KeyFileName));
        var der = Convert.FromBase64String(string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal))));
        var seed = ((Ed25519PrivateKeyParameters)PrivateKeyFactory.CreateKey(der)).GetEncoded();

        Assert.Equal(first, again.Services.GetRequiredService<HubSigningKey>().DeriveKey(Lookup));
        Assert.Equal(HKDF.DeriveKey(HashAlgorithmName.SHA256, seed, 32, [], Encoding.UTF8.GetBytes(Lookup)), first);
        Assert.NotEqual(first, other);
    }

    private async Task<HubKey> PublishedKeyAsync()
    {
        await using var hub = await TestHub.StartAsync(new() { DataDirectory = data.Path });
        return await KeyOfAsync(hub);
    }

    private static async Task<HubKey> KeyOfAsync(TestHub hub)
    {
        var igate = hub.Members.Igate;
        return Assert.Single((await igate.Registry.GetRegistryInfoAsync(new GetRegistryInfoRequest())).HubKeys);
    }

    private Task<ChildProcess> RunHubAsync()
        => ChildProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Interop.Hub.dll"), "--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={data.Path}"],
            AppContext.BaseDirectory,
            TimeSpan.FromSeconds(60));
}
