using System.Buffers;
using Google.Protobuf;
using Grpc.Core;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Load.Wire;

/// <summary>
/// The gRPC methods the load generator calls, on marshallers of its own: ReceiveDossier sends a
/// pre-serialised template with the call's id written in and does not read the answer, so the same
/// client drives the hub and the echo server; StreamInbox reads only what a subscriber matches on.
/// </summary>
internal static class RawMethods
{
    public const string DossierService = "interop.dossier.v1.DossierService";
    public const string ReceiveDossierPath = "/" + DossierService + "/ReceiveDossier";

    private static readonly Marshaller<OutgoingRequest> Outgoing = Marshallers.Create<OutgoingRequest>(Write, _ => throw new NotSupportedException("requests are only sent"));

    /// <summary>ReceiveDossier, the answer unread.</summary>
    public static readonly Method<OutgoingRequest, NoResponse> ReceiveDossier = new(
        MethodType.Unary, DossierService, "ReceiveDossier", Outgoing, Marshallers.Create<NoResponse>(_ => [], _ => NoResponse.Instance));

    /// <summary>ReceiveDossier, the answer parsed: the hand-over mode needs the new dossier's id.</summary>
    public static readonly Method<OutgoingRequest, ReceiveDossierResponse> ReceiveDossierParsed = new(
        MethodType.Unary, DossierService, "ReceiveDossier", Outgoing, Marshallers.Create(r => r.ToByteArray(), ReceiveDossierResponse.Parser.ParseFrom));

    /// <summary>StreamInbox, each response scanned for its item's sequence and origin request id.</summary>
    public static readonly Method<StreamInboxRequest, InboxSignal> StreamInbox = new(
        MethodType.ServerStreaming,
        "interop.inbox.v1.InboxService",
        "StreamInbox",
        Marshallers.Create(r => r.ToByteArray(), StreamInboxRequest.Parser.ParseFrom),
        Marshallers.Create<InboxSignal>((_, _) => throw new NotSupportedException("responses are only read"), ReadSignal));

    private static void Write(OutgoingRequest request, SerializationContext context)
    {
        var length = request.Template.Length;
        context.SetPayloadLength(length);
        var writer = context.GetBufferWriter();
        request.Template.WriteTo(writer.GetSpan(length)[..length], request.Ids, request.Number);
        writer.Advance(length);
        context.Complete();
    }

    private static InboxSignal ReadSignal(DeserializationContext context)
    {
        var payload = context.PayloadAsReadOnlySequence();
        return payload.IsSingleSegment ? WireScan.Inbox(payload.FirstSpan) : WireScan.Inbox(payload.ToArray());
    }
}
