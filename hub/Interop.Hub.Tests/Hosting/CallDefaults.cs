using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// What every call of a <see cref="HubClient"/> carries unless the call says otherwise: the member's
/// bearer token (when it has one) and a deadline, so that no test can wait on a call for ever.
/// </summary>
internal sealed class CallDefaults(string? token, TimeSpan deadline) : Interceptor
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
        => continuation(request, With(context));

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
        => continuation(request, With(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation)
        => continuation(request, With(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation)
        => continuation(With(context));

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation)
        => continuation(With(context));

    private ClientInterceptorContext<TRequest, TResponse> With<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class
        where TResponse : class
    {
        var options = context.Options;
        if (token is not null && options.Headers?.Get("authorization") is null)
        {
            var headers = new Metadata();
            foreach (var entry in options.Headers ?? [])
            {
                headers.Add(entry);
            }

            headers.Add("authorization", "Bearer " + token);
            options = options.WithHeaders(headers);
        }

        if (options.Deadline is null)
        {
            options = options.WithDeadline(DateTime.UtcNow + deadline);
        }

        return new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options);
    }
}
