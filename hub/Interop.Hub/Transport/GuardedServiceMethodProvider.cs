using System.Reflection;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Transport;

/// <summary>
/// Binds every gRPC service like grpc-dotnet's own binder, but with guarded request marshallers: a
/// request over the size limit answers RESOURCE_EXHAUSTED MESSAGE_TOO_LARGE and an unparseable one
/// INVALID_ARGUMENT REQUEST_MALFORMED, each with its ErrorInfo (grpc-dotnet would answer a bare
/// RESOURCE_EXHAUSTED and UNKNOWN). It replaces the default provider, so each method is bound once.
/// </summary>
internal sealed class GuardedServiceMethodProvider<TService>(IOptions<HubOptions> options, HubMetrics metrics) : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var bind = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true);
        var method = bind?.BindType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == bind.BindMethodName && m.GetParameters().Length == 2);
        if (method is null)
        {
            return;
        }

        var binder = new GuardedServiceBinder<TService>(context, new RequestGuard(options.Value.MaxMessageBytes, metrics));
        method.Invoke(null, [binder, null]);
    }
}
