using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Interop.Hub.Transport;

/// <summary>Receives the generated service's methods and adds them with guarded request marshallers, invoking the service's own methods.</summary>
internal sealed class GuardedServiceBinder<TService>(ServiceMethodProviderContext<TService> context, RequestGuard guard) : ServiceBinderBase
    where TService : class
{
    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        => context.AddUnaryMethod(Guarded(method), [], Invoker<UnaryServerMethod<TService, TRequest, TResponse>>(method.Name));

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        => context.AddServerStreamingMethod(Guarded(method), [], Invoker<ServerStreamingServerMethod<TService, TRequest, TResponse>>(method.Name));

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        => context.AddClientStreamingMethod(Guarded(method), [], Invoker<ClientStreamingServerMethod<TService, TRequest, TResponse>>(method.Name));

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        => context.AddDuplexStreamingMethod(Guarded(method), [], Invoker<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(method.Name));

    private Method<TRequest, TResponse> Guarded<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class
        => new(method.Type, method.ServiceName, method.Name, guard.Wrap(method.RequestMarshaller), method.ResponseMarshaller);

    /// <summary>An open-instance delegate to the service's implementation of the method (its override, or the generated UNIMPLEMENTED one).</summary>
    private static TDelegate Invoker<TDelegate>(string name)
        where TDelegate : Delegate
    {
        var implementation = typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {name}");
        return implementation.CreateDelegate<TDelegate>();
    }
}
