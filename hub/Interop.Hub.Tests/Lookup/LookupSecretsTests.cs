using Interop.Hub.Lookup;

namespace Interop.Hub.Tests.Lookup;

/// <summary>The secret's format, its derivation and the digest check.</summary>
public sealed class LookupSecretsTests
{
    private readonly LookupSecrets secrets = new(new FixedKey(1));

    [Fact]
    public void Secret_is_ten_unambiguous_characters_stable_per_dossier_and_key()
    {
        var a = secrets.SecretFor("d-a");

        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$", a);
        Assert.Equal(a, new LookupSecrets(new FixedKey(1)).SecretFor("d-a"));
        Assert.NotEqual(a, secrets.SecretFor("d-b"));
        Assert.NotEqual(a, new LookupSecrets(new FixedKey(2)).SecretFor("d-a"));
    }

    [Fact]
    public void Digest_matches_only_its_secret_however_it_is_typed()
    {
        var secret = secrets.SecretFor("d-a");
        var digest = secrets.DigestFor("001.01.21.H21-251103-0001", "d-a");

        Assert.True(LookupSecrets.Matches(digest, secret));
        Assert.True(LookupSecrets.Matches(digest, $" {secret[..5].ToLowerInvariant()} - {secret[5..]}"));
        Assert.False(LookupSecrets.Matches(digest, secrets.SecretFor("d-b")));
        Assert.False(LookupSecrets.Matches(digest, secret[..9]));
        Assert.False(LookupSecrets.Matches(digest, secret + "2"));
        Assert.False(LookupSecrets.Matches(digest, secret.Replace(secret[0], '0')));
        Assert.False(LookupSecrets.Matches(null, secret));
        Assert.NotEqual(digest.Salt, secrets.DigestFor("001.01.21.H21-251103-0001", "d-a").Salt);
    }

    private sealed class FixedKey(byte fill) : ILookupSecretKey
    {
        public ReadOnlyMemory<byte> Key { get; } = Enumerable.Repeat(fill, 32).ToArray();
    }
}
