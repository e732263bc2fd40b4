using Grpc.Core;
using Interop.Domain.Rights;

namespace Interop.Hub.Identity;

/// <summary>The caller that <see cref="AuthenticationInterceptor"/> established for a call, kept in the call's user state.</summary>
internal static class AuthenticatedCaller
{
    private const string Key = "interop.caller";

    /// <summary>The authenticated caller of a member call (the interceptor refused the call otherwise).</summary>
    public static Caller Of(ServerCallContext context)
        => Find(context) ?? throw new InvalidOperationException($"{context?.Method} ran without an authenticated caller: it is not a member call");

    /// <summary>The caller, if the call was authenticated.</summary>
    public static Caller? Find(ServerCallContext? context)
        => context?.UserState.TryGetValue(Key, out var value) == true ? value as Caller : null;

    public static void Set(ServerCallContext context, Caller caller) => context.UserState[Key] = caller;
}
