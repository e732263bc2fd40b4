using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Interop.Hub.Identity;

/// <summary>
/// Establishes the caller before every member call (STANDARD.md RIGHTS-1): every service of the
/// standard except the citizen look-up, which needs no member credential. Health checking and
/// reflection are not services of the standard and stay open. A call it refuses never reaches its service.
/// </summary>
internal sealed class AuthenticationInterceptor(CallerAuthenticator authenticator) : Interceptor
{
    private const string StandardPrefix = "/interop.";
    private const string LookupPrefix = "/interop.lookup.";

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
        if (context.Method.StartsWith(StandardPrefix, StringComparison.Ordinal) && !context.Method.StartsWith(LookupPrefix, StringComparison.Ordinal))
        {
            authenticator.AuthenticateCall(context);
        }
    }
}
