using Google.Protobuf;
using Interop.Hub.Registry;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Tls;

/// <summary>The validator refuses key pins that could not identify exactly one member.</summary>
public sealed class KeyPinValidationTests
{
    [Fact]
    public void Key_pinned_for_two_members_is_a_problem()
    {
        var seed = Seed();
        var pin = new KeyPin { SpkiSha256 = ByteString.CopyFrom(new byte[32]), Label = "shared" };
        seed.Members[0].KeyPins.Add(pin);
        seed.Members[1].KeyPins.Add(pin.Clone());

        Assert.Contains(RegistryValidator.Problems(seed), p => p.Contains("key pin", StringComparison.Ordinal) && p.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Pin_that_is_not_a_SHA256_digest_is_a_problem()
    {
        var seed = Seed();
        seed.Members[0].KeyPins.Add(new KeyPin { SpkiSha256 = ByteString.CopyFrom(new byte[20]), Label = "sha1" });

        Assert.Contains(RegistryValidator.Problems(seed), p => p.Contains("not a SHA-256 digest", StringComparison.Ordinal));
    }

    private static RegistrySnapshot Seed() => RegistrySeed.Load(Path.Combine(AppContext.BaseDirectory, "registry-seed.json"));
}
