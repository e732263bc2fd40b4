using System.Security.Cryptography;
using System.Text;

namespace Interop.Store.Tests;

/// <summary>Builds appends of opaque events, as the hub would hand them to a store.</summary>
internal static class Appends
{
    public const ListRole Holder = ListRole.Holder;
    public const ListRole Receiving = ListRole.Receiving;
    public const ListRole Competent = ListRole.Competent;
    public const ListRole EverHeld = ListRole.EverHeld;

    public static readonly DossierStatusCode Received = new(2);
    public static readonly DossierStatusCode Processing = new(4);

    /// <summary>The roles of every route <see cref="Route"/> makes.</summary>
    public static readonly RoutingRole[] RouteRoles = [RoutingRole.Holder, RoutingRole.ReceivingDesk];

    public static readonly DateTimeOffset Recorded = new(2025, 11, 3, 8, 0, 0, TimeSpan.FromHours(7));

    public static AppendRequest Append(
        string dossierId,
        long expectedVersion,
        int events = 1,
        IdempotencyRecord? request = null,
        Claim[]? claims = null,
        RoutingEntry[]? routes = null,
        AgencyRole[]? roles = null,
        DossierStatusCode? status = null,
        int bodySize = 32)
    {
        var records = Enumerable.Range(1, events).Select(i => Event(dossierId, expectedVersion + i, bodySize)).ToArray();
        var state = Encoding.UTF8.GetBytes($"state of {dossierId} at {expectedVersion + events}");
        return new AppendRequest(dossierId, expectedVersion, records, state, request, claims ?? [], routes ?? [], roles ?? [], status ?? Received);
    }

    public static EventRecord Event(string dossierId, long sequence, int bodySize = 32)
    {
        var text = Encoding.UTF8.GetBytes($"{dossierId}/{sequence}");
        // Incompressible filler, so that a body of a given size takes that much room in the file.
        var body = new byte[Math.Max(bodySize, text.Length)];
        new Random((int)sequence).NextBytes(body);
        text.CopyTo(body, 0);
        return new EventRecord(sequence, new EventTypeCode(20), body, SHA256.HashData(body), sequence % 2 == 1 ? [1, 2, 3] : null, Recorded.AddMinutes(sequence))
        {
            Receipt = Encoding.UTF8.GetBytes($"receipt of {dossierId}/{sequence}"),
        };
    }

    public static IdempotencyRecord Request(string memberId, string requestId, string dossierId, long sequence = 1)
        => new(memberId, requestId, SHA256.HashData(Encoding.UTF8.GetBytes(memberId + "|" + requestId + "|" + dossierId)), dossierId, sequence, Recorded);

    public static RoutingEntry Route(string agencyId, long sequence, string memberId = "m-desk", string requestId = "r")
        => new(agencyId, sequence, RouteRoles, memberId, requestId);

    public static Claim NationalCode(string code) => new(ClaimKind.NationalCode, code);

    public static Claim VendorCode(string memberId, string code) => new(ClaimKind.VendorCode, memberId + "\u001f" + code);
}
