using System.Security.Cryptography;
using System.Text;

namespace Interop.Adapters.Sdk.Hub;

/// <summary>
/// Request ids derived from what the legacy system recorded (STANDARD IDEM-1): the same legacy record
/// at the same version, taking the same step, always gets the same id, so a retry, a restart or a
/// re-read of the legacy side after a kill -9 repeats the id and the hub appends the event once.
/// </summary>
public static class AdapterRequestIds
{
    private const int MaxPrefix = 48;

    /// <summary>
    /// "prefix-" and 32 hex digits of SHA-256 over the parts: the adapter's name (its request ids must
    /// not meet another adapter's of the same member), the legacy record's identity, its version as the
    /// legacy system shows it (a timestamp, a revision, a row version), and the step taken for it.
    /// </summary>
    public static string For(string adapter, string recordId, string version, string step)
    {
        ArgumentException.ThrowIfNullOrEmpty(adapter);
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentException.ThrowIfNullOrEmpty(step);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', adapter, recordId, version, step)));
        return Prefix(adapter) + "-" + Convert.ToHexStringLower(digest, 0, 16);
    }

    // Printable ASCII only (the standard's 1..128 printable characters), readable in the hub's logs.
    private static string Prefix(string adapter)
    {
        var prefix = new StringBuilder(Math.Min(adapter.Length, MaxPrefix));
        foreach (var c in adapter)
        {
            if (prefix.Length == MaxPrefix)
            {
                break;
            }

            prefix.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return prefix.ToString();
    }
}
