using Grpc.Core;
using Grpc.Core.Interceptors;
using Interop.Store;

namespace Interop.Hub.Errors;

/// <summary>
/// The one place errors become wire statuses: <see cref="HubException"/> becomes google.rpc.Status,
/// a store outage UNAVAILABLE, anything else INTERNAL without its text (logged in full). Refusals of
/// authenticated callers go to the refusal log.
/// </summary>
internal sealed class ErrorInterceptor(RefusalRecorder refusals, ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception error) when (error is not RpcException)
        {
            throw await TranslateAsync(error, request, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception error) when (error is not RpcException)
        {
            throw await TranslateAsync(error, request, context);
        }
    }

    private async Task<RpcException> TranslateAsync(Exception error, object request, ServerCallContext context)
    {
        switch (error)
        {
            case HubException hub:
                await refusals.RecordAsync(hub, request, context);
                return ErrorDetails.ToRpcException(hub);
            case StoreUnavailableException unavailable:
                HubLog.StoreUnavailable(logger, context.Method, unavailable);
                return ErrorDetails.ToRpcException(Fail.Unavailable("the store is unavailable; retry with the same request id"));
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Status(StatusCode.Cancelled, "the call was cancelled"));
            default:
                HubLog.UnhandledError(logger, context.Method, error);
                return ErrorDetails.Internal();
        }
    }
}
