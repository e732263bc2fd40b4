using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace Interop.Cli.Certs;

/// <summary>What the registry pins: SHA-256 of a certificate's DER SubjectPublicKeyInfo, in base64 (protobuf JSON of bytes).</summary>
internal static class KeyPins
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Pin(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToBase64String(SHA256.HashData(certificate.PublicKey.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>
    /// A <c>key_pins</c> entry (interop.registry.v1.KeyPin as protobuf JSON) valid over the
    /// certificate's own validity, in Vietnamese civil dates as the hub compares them.
    /// </summary>
    public static string SeedEntry(X509Certificate2 certificate, string label)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var entry = new
        {
            spkiSha256 = Pin(certificate),
            label,
            validity = new { start = CivilDate(certificate.NotBefore), end = CivilDate(certificate.NotAfter) },
        };
        return JsonSerializer.Serialize(entry);
    }

    private static object CivilDate(DateTime instant)
    {
        var local = new DateTimeOffset(instant.ToUniversalTime(), TimeSpan.Zero).ToOffset(VietnamOffset);
        return new { year = local.Year, month = local.Month, day = local.Day };
    }
}
