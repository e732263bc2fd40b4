using Grpc.Core;
using Grpc.Net.Client;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Tests.Inbox;

/// <summary>One member's InboxService client, as a member system uses it: its bearer token on every call.</summary>
internal sealed class InboxClient(GrpcChannel channel, string token, string memberId)
{
    public const string IgateMember = "member-igate-gialai";
    public const string VbdlisMember = "member-vbdlis-gialai";
    public const string TaxMember = "member-tax-gialai";
    public const string DkkdMember = "member-dkkd";
    public const string PortalMember = "member-portal-gialai";

    private readonly InboxService.InboxServiceClient client = new(channel);

    /// <summary>The member id the hub's registry gives this token.</summary>
    public string MemberId { get; } = memberId;

    public static InboxClient Igate(GrpcChannel channel) => new(channel, "dev-igate-gialai", IgateMember);

    public static InboxClient Vbdlis(GrpcChannel channel) => new(channel, "dev-vbdlis-gialai", VbdlisMember);

    public static InboxClient Tax(GrpcChannel channel) => new(channel, "dev-tax-gialai", TaxMember);

    public static InboxClient Dkkd(GrpcChannel channel) => new(channel, "dev-dkkd", DkkdMember);

    public static InboxClient Portal(GrpcChannel channel) => new(channel, "dev-portal-gialai", PortalMember);

    /// <summary>Opens the subscription's stream; the caller reads it and disposes it (which cancels the call: a disconnect).</summary>
    public InboxStream Stream(string agencyId, StartPosition start = StartPosition.Unspecified, long afterSequence = 0)
        => new(client.StreamInbox(new StreamInboxRequest { AgencyId = agencyId, Start = start, AfterSequence = afterSequence }, Options(null)));

    /// <summary>Acknowledges everything up to <paramref name="sequence"/>; answers the subscription's acknowledged sequence.</summary>
    public async Task<long> AcknowledgeAsync(string agencyId, long sequence)
        => (await client.AcknowledgeInboxAsync(new AcknowledgeInboxRequest { AgencyId = agencyId, Sequence = sequence }, Options(TimeSpan.FromSeconds(30)))).AcknowledgedSequence;

    private CallOptions Options(TimeSpan? timeout)
        => new(headers: new Metadata { { "authorization", "Bearer " + token } }, deadline: timeout is null ? null : DateTime.UtcNow + timeout.Value);
}
