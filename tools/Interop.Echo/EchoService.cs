using Grpc.Core;

namespace Interop.Echo;

/// <summary>
/// Answers <c>/interop.dossier.v1.DossierService/ReceiveDossier</c> with the request's own bytes: the
/// cost of gRPC on Kestrel alone, the most any service on this machine could do.
/// </summary>
internal sealed class EchoService : EchoServiceBase
{
    public override Task<byte[]> ReceiveDossier(byte[] request, ServerCallContext context) => Task.FromResult(request);
}
