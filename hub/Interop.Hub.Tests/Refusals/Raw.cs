using Grpc.Core;

namespace Interop.Hub.Tests.Refusals;

/// <summary>Sends bytes that need not be a valid message to a DossierService method, as a broken client would.</summary>
internal static class Raw
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static async Task SendAsync(HubClient client, string method, byte[] payload)
    {
        var call = new Method<byte[], byte[]>(MethodType.Unary, "interop.dossier.v1.DossierService", method, Bytes, Bytes);
        await client.Invoker.AsyncUnaryCall(call, null, new CallOptions(), payload);
    }
}
