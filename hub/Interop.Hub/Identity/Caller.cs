using Grpc.Core;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Identity;

/// <summary>The registered member behind a call.</summary>
public sealed record Caller(Member Member)
{
    private const string Key = "interop.caller";

    public string MemberId => Member.Id;

    public bool IsAuditor => Member.Role == MemberRole.Auditor;

    public bool IsOnlinePortal => Member.Role == MemberRole.OnlinePortal;

    /// <summary>Whether the member may act for (or read as) an agency.</summary>
    public bool ActsFor(string agencyId) => Member.AgencyIds.Contains(agencyId);

    /// <summary>The authenticated caller of a call; authenticates on first use (UNAUTHENTICATED when it cannot).</summary>
    public static Caller From(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AuthenticatedOrNull(context) is { } caller)
        {
            return caller;
        }

        var authenticator = context.GetHttpContext().RequestServices.GetRequiredService<CallerAuthenticator>();
        caller = authenticator.Authenticate(context);
        context.UserState[Key] = caller;
        return caller;
    }

    /// <summary>The caller, if the call was authenticated.</summary>
    public static Caller? AuthenticatedOrNull(ServerCallContext context)
        => context?.UserState.TryGetValue(Key, out var value) == true ? value as Caller : null;
}
