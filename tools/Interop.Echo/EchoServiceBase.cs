using Grpc.Core;

namespace Interop.Echo;

/// <summary>
/// The echo's one method, bound the way generated code binds a service: grpc-dotnet calls
/// <see cref="BindService"/> without an instance and finds the handler by name, as a virtual method of
/// this type overridden by the service. Its marshaller keeps the bytes as they came: no parsing.
/// </summary>
[BindServiceMethod(typeof(EchoServiceBase), nameof(BindService))]
internal abstract class EchoServiceBase
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create<byte[]>(
        static (bytes, context) => context.Complete(bytes), static context => context.PayloadAsNewBuffer());

    private static readonly Method<byte[], byte[]> ReceiveDossierMethod = new(MethodType.Unary, "interop.dossier.v1.DossierService", "ReceiveDossier", Bytes, Bytes);

    public static void BindService(ServiceBinderBase binder, EchoServiceBase? service)
    {
        ArgumentNullException.ThrowIfNull(binder);
        binder.AddMethod(ReceiveDossierMethod, service is null ? null : service.ReceiveDossier);
    }

    public abstract Task<byte[]> ReceiveDossier(byte[] request, ServerCallContext context);
}
