using System.Collections.Frozen;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Identity;

/// <summary>
/// Establishes the caller before every member call (STANDARD.md RIGHTS-1): every service of the
/// standard except the citizen look-up, which needs no member credential; health checking and
/// reflection are not services of the standard and stay open. A call it refuses never reaches its service.
/// </summary>
internal sealed class AuthenticationInterceptor(CallerAuthenticator authenticator) : Interceptor
{
    // The services of the standard a member calls; everything else (the citizen look-up, health
    // checking, reflection) needs no member. A service of the standard missing here fails closed: its
    // call finds no caller and answers INTERNAL, never runs unauthenticated.
    private static readonly FrozenSet<string> MemberServices = new[]
    {
        DossierService.Descriptor.FullName,
        InboxService.Descriptor.FullName,
        RegistryService.Descriptor.FullName,
        AuditService.Descriptor.FullName,
    }.ToFrozenSet(StringComparer.Ordinal);

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(requestStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        Authenticate(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Authenticate(ServerCallContext context)
    {
        // A method is "/<package>.<Service>/<Method>".
        var method = context.Method.AsSpan(1);
        var slash = method.IndexOf('/');
        if (slash > 0 && MemberServices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(method[..slash]))
        {
            authenticator.AuthenticateCall(context);
        }
    }
}
