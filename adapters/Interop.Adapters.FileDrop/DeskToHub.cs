using System.Globalization;
using System.Security.Cryptography;
using Grpc.Core;
using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.FileDrop;

/// <summary>
/// The desk's lines to the hub: a new receipt number is received; the desk's own transitions follow
/// it, each once (hand-over, status 3; supplement recorded, 5; result returned, 7; refused, 8;
/// withdrawn, 9).
/// Steps are keyed by the receipt number and, for a transition, the line's version (NgayCapNhat), so
/// re-reading a file, a file rewritten in place or a line exported twice appends nothing twice. A line
/// that cannot be read is parked with its bytes, once per content.
/// </summary>
public sealed class DeskToHub(HubConnection hub, AdapterCheckpoint checkpoint, FileDropOptions options, string adapterName)
{
    // The desk program has no column for why it refused or the citizen withdrew.
    private const string NoReasonRecorded = "Phần mềm một cửa không ghi lý do";

    private readonly HubAppender appender = new(hub, checkpoint, adapterName);
    private readonly DossierService.DossierServiceClient dossiers = new(hub.Channel);

    /// <summary>What one pass did.</summary>
    public sealed record Pass(int Appended, int Parked);

    /// <summary>Takes every line of one complete file.</summary>
    public async Task<Pass> TakeAsync(string fileName, DeskFileContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        int appended = 0, parked = 0;
        if (content.FileProblem is { } unreadable)
        {
            parked += ParkOnce(fileName, unreadable, []) ? 1 : 0;
            return new Pass(0, parked);
        }

        foreach (var line in content.Lines)
        {
            if (line.Record is not { } record)
            {
                parked += ParkOnce(line.ReceiptNumber ?? $"{fileName}#{line.Number}", line.Problem!, line.Bytes) ? 1 : 0;
                continue;
            }

            var (took, refused) = await TakeAsync(record, line.Bytes, cancellationToken);
            appended += took;
            parked += refused;
        }

        return new Pass(appended, parked);
    }

    private async Task<(int Appended, int Parked)> TakeAsync(DeskRecord record, byte[] bytes, CancellationToken cancellationToken)
    {
        int appended = 0, parked = 0;
        var receipt = record.ReceiptNumber;
        if (checkpoint.OpenParking(ParkDirection.ToHub, receipt) is { } open && open.Version == VersionOf(bytes))
        {
            return (0, 0);
        }

        var received = await appender.AppendAsync(new LegacyRecordKey(receipt, ""), "receive", bytes, async (requestId, call) =>
            (await dossiers.ReceiveDossierAsync(DeskMapping.Receive(record, options.Site, requestId, imported: false), call)).Outcome, cancellationToken, VersionOf(bytes));
        Count(received, ref appended, ref parked);
        if (received == HubAppender.Result.Parked || checkpoint.DossierIdOf(receipt) is not { } dossierId)
        {
            return (appended, parked);
        }

        if (checkpoint.OpenParking(ParkDirection.ToHub, receipt) is { } older && older.Version != VersionOf(bytes))
        {
            // The desk exported the record again, readable now: its older parking is settled.
            checkpoint.Resolved(older.Id);
        }

        if (StepOf(record, dossierId) is { } step)
        {
            var version = record.Updated.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var result = await appender.AppendAsync(new LegacyRecordKey(receipt, version), step.Name, bytes, step.Call, cancellationToken, VersionOf(bytes));
            Count(result, ref appended, ref parked);
        }

        return (appended, parked);
    }

    /// <summary>The lines an operator asked to retry (<c>interop adapter parked retry</c>): read and taken again; parked again if they still fail.</summary>
    public async Task<Pass> RetryParkedAsync(CancellationToken cancellationToken)
    {
        int appended = 0, parked = 0;
        foreach (var retry in checkpoint.RetryRequested().Where(p => p.Direction == ParkDirection.ToHub))
        {
            checkpoint.Resolved(retry.Id);
            var line = DeskFile.ReadLine(retry.Payload, options.Layout, options.Encoding);
            if (line.Record is not { } record)
            {
                parked += ParkOnce(retry.RecordId, line.Problem!, retry.Payload) ? 1 : 0;
                continue;
            }

            var (took, refused) = await TakeAsync(record, retry.Payload, cancellationToken);
            appended += took;
            parked += refused;
        }

        return new Pass(appended, parked);
    }

    private (string Name, Func<string, CallOptions, Task<MutationOutcome>> Call)? StepOf(DeskRecord record, string dossierId)
    {
        CommandContext Context(string requestId) => DeskMapping.Context(record, options.Site, requestId, DeskMapping.StepTime(record), ProvenanceKind.Mapped);

        return record.Status switch
        {
            DeskStatus.HandedOver when options.HandOverTo.TryGetValue(record.ProcedureCode, out var to) => ("hand-over", async (id, call) =>
                (await dossiers.OfferHandoverAsync(new OfferHandoverRequest { Context = Context(id), DossierId = dossierId, ToAgencyId = to }, call)).Outcome),
            DeskStatus.HandedOver => ("hand-over", (_, _) => throw new RpcException(new Status(StatusCode.FailedPrecondition, $"no FileDrop:HandOverTo agency for procedure {record.ProcedureCode}"))),
            DeskStatus.Supplemented => ("supplemented", async (id, call) =>
                (await dossiers.RecordSupplementAsync(new RecordSupplementRequest { Context = Context(id), DossierId = dossierId }, call)).Outcome),
            DeskStatus.Returned => ("returned", async (id, call) =>
                (await dossiers.ReturnResultAsync(new ReturnResultRequest { Context = Context(id), DossierId = dossierId, Method = DeliveryMethod.AtDesk }, call)).Outcome),
            DeskStatus.Refused => ("refused", async (id, call) =>
                (await dossiers.RefuseDossierAsync(new RefuseDossierRequest { Context = Context(id), DossierId = dossierId, Reason = NoReasonRecorded }, call)).Outcome),
            DeskStatus.Withdrawn => ("withdrawn", async (id, call) =>
                (await dossiers.WithdrawDossierAsync(new WithdrawDossierRequest { Context = Context(id), DossierId = dossierId, Reason = NoReasonRecorded }, call)).Outcome),
            _ => null,
        };
    }

    private bool ParkOnce(string recordId, MappingProblem problem, byte[] bytes)
    {
        var version = VersionOf(bytes);
        if (checkpoint.OpenParking(ParkDirection.ToHub, recordId) is { } open && open.Version == version)
        {
            return false;
        }

        checkpoint.Park(ParkDirection.ToHub, recordId, version, problem, bytes);
        return true;
    }

    // A line's content as the version of its parking: the same bytes read again are not parked again.
    private static string VersionOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 8);

    private static void Count(HubAppender.Result result, ref int appended, ref int parked)
    {
        appended += result == HubAppender.Result.Appended ? 1 : 0;
        parked += result == HubAppender.Result.Parked ? 1 : 0;
    }
}
