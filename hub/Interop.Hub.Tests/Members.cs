using Grpc.Core;

namespace Interop.Hub.Tests;

/// <summary>The seed registry's members as a test talks to them: a <see cref="HubClient"/> carrying each member's development token (and the deadline given, else the default).</summary>
internal sealed class Members(ChannelBase channel, TimeSpan? deadline = null)
{
    public const string Desk = "001.01.21.H21";
    public const string OtherDesk = "002.01.21.H21";
    public const string Land = "000.12.21.H21";
    public const string Tax = "000.16.21.H21";
    public const string Business = "000.07.21.H21";

    public const string IgateMember = "member-igate-gialai";
    public const string VbdlisMember = "member-vbdlis-gialai";
    public const string TaxMember = "member-tax-gialai";
    public const string DkkdMember = "member-dkkd";
    public const string PortalMember = "member-portal-gialai";
    public const string AuditorMember = "member-auditor-vpcp";

    public HubClient Igate { get; } = new(channel, "dev-igate-gialai", IgateMember, deadline);

    public HubClient Vbdlis { get; } = new(channel, "dev-vbdlis-gialai", VbdlisMember, deadline);

    public HubClient TaxSystem { get; } = new(channel, "dev-tax-gialai", TaxMember, deadline);

    public HubClient BusinessRegistry { get; } = new(channel, "dev-dkkd", DkkdMember, deadline);

    public HubClient Portal { get; } = new(channel, "dev-portal-gialai", PortalMember, deadline);

    public HubClient Auditor { get; } = new(channel, "dev-auditor-vpcp", AuditorMember, deadline);

    public HubClient Anonymous { get; } = new(channel, deadline: deadline);

    public HubClient Forged { get; } = new(channel, "not-a-token", deadline: deadline);

    /// <summary>The desk's member with another deadline on every call.</summary>
    public static HubClient IgateOn(ChannelBase channel, TimeSpan? deadline = null) => new(channel, "dev-igate-gialai", IgateMember, deadline);
}
