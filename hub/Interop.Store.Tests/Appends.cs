using System.Security.Cryptography;
using System.Text;

namespace Interop.Store.Tests;

/// <summary>Builds appends of opaque events, as the hub would hand them to a store.</summary>
internal static class Appends
{
    public const int Received = 2;
    public const int Processing = 4;
    public const int Holder = 1;
    public const int Receiving = 2;
    public const int Competent = 3;
    public const int EverHeld = 4;

    public static readonly DateTimeOffset Recorded = new(2025, 11, 3, 8, 0, 0, TimeSpan.FromHours(7));

    public static AppendRequest Append(
        string dossierId,
        long expectedVersion,
        int events = 1,
        IdempotencyRecord? request = null,
        Claim[]? claims = null,
        RoutingEntry[]? routes = null,
        AgencyRole[]? roles = null,
        int status = Received,
        int bodySize = 32)
    {
        var records = Enumerable.Range(1, events).Select(i => Event(dossierId, expectedVersion + i, bodySize)).ToArray();
        var state = Encoding.UTF8.GetBytes($"state of {dossierId} at {expectedVersion + events}");
        return new AppendRequest(dossierId, expectedVersion, records, state, request, claims ?? [], routes ?? [], roles ?? [], status);
    }

    public static EventRecord Event(string dossierId, long sequence, int bodySize = 32)
    {
        var text = Encoding.UTF8.GetBytes($"{dossierId}/{sequence}");
        var body = new byte[Math.Max(bodySize, text.Length)];
        text.CopyTo(body, 0);
        return new EventRecord(sequence, 20, body, SHA256.HashData(body), sequence % 2 == 1 ? [1, 2, 3] : null, Recorded.AddMinutes(sequence))
        {
            Receipt = Encoding.UTF8.GetBytes($"receipt of {dossierId}/{sequence}"),
        };
    }

    public static IdempotencyRecord Request(string memberId, string requestId, string dossierId, long sequence = 1)
        => new(memberId, requestId, SHA256.HashData(Encoding.UTF8.GetBytes(memberId + "|" + requestId + "|" + dossierId)), dossierId, sequence, Recorded);

    public static RoutingEntry Route(string agencyId, long sequence, string memberId = "m-desk", string requestId = "r")
        => new(agencyId, sequence, [Holder, Receiving], memberId, requestId);

    public static Claim NationalCode(string code) => new(ClaimKind.NationalCode, code);

    public static Claim VendorCode(string memberId, string code) => new(ClaimKind.VendorCode, memberId + "\u001f" + code);
}
