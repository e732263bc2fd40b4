using Grpc.Core;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests.Durability;

/// <summary>A request the crash test's client remembers: sent again, unchanged, until it is answered OK.</summary>
internal sealed class TrackedRequest(string requestId, string dossierId, bool creates, Func<DossierService.DossierServiceClient, CallOptions, Task<MutationOutcome>> send)
{
    public string RequestId { get; } = requestId;

    public string DossierId { get; } = dossierId;

    public bool Creates { get; } = creates;

    public int Attempts { get; private set; }

    public MutationOutcome? Outcome { get; private set; }

    /// <summary>When the first send failed.</summary>
    public DateTimeOffset? FirstFailure { get; private set; }

    /// <summary>Committed before the hub was killed, answered only when sent again: the stored outcome, replayed.</summary>
    public bool CommittedUnanswered
        => FirstFailure is { } failed && Outcome is { } outcome && Receipt.Parser.ParseFrom(outcome.Receipt.ReceiptBytes).RecordedTime.ToDateTimeOffset() < failed;

    public async Task<StatusCode> SendAsync(HubClient client)
    {
        Attempts++;
        try
        {
            Outcome = await send(client.Dossiers, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)));
            return StatusCode.OK;
        }
        catch (RpcException error)
        {
            FirstFailure ??= DateTimeOffset.UtcNow;
            return error.StatusCode;
        }
    }
}
