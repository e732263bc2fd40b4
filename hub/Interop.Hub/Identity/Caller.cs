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

    /// <summary>
    /// Authenticates a long call (an inbox stream) afresh against the registry in force, so that a
    /// removed pin or member ends it as it would refuse the next unary call (STANDARD.md RIGHTS-7).
    /// </summary>
    public static Caller Reauthenticate(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.UserState.Remove(Key);
        return From(context);
    }

    /// <summary>The caller, if the call was authenticated.</summary>
    public static Caller? AuthenticatedOrNull(ServerCallContext context)
        => context?.UserState.TryGetValue(Key, out var value) == true ? value as Caller : null;
}
