using System.Globalization;
using Grpc.Core;
using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.FileDrop;

/// <summary>
/// The first start's import of the desk's dossiers still in flight, from the desk program's full
/// export (its "xuất toàn bộ"), so that a province switches on without a cut-over day. Each is
/// received with <c>provenance=imported</c>, its own reception time and appointment, and its state as
/// the desk shows it is brought about by imported events: handed over (3) by an offer to the
/// agency of <see cref="FileDropOptions.HandOverTo"/>, awaiting a supplement (4) by the desk's request,
/// supplemented (5) by that request and its reception. Dossiers closed at the desk (6 to 9) are not
/// imported: they are listed as skipped. Steps are keyed as the export watcher keys them, so the
/// watcher appends none of them again. A dry run appends nothing and parks nothing.
/// </summary>
public sealed class Onboarding(HubConnection hub, AdapterCheckpoint checkpoint, FileDropOptions options, string adapterName)
{
    public const string DoneCursor = "onboarding";

    private readonly HubAppender appender = new(hub, checkpoint, adapterName);
    private readonly DossierService.DossierServiceClient dossiers = new(hub.Channel);

    /// <summary>What an onboarding did or, dry, would do.</summary>
    public sealed record Report(int Imported, int Skipped, int Parked, IReadOnlyList<string> Lines);

    public bool IsDone => checkpoint.Cursor(DoneCursor) is not null;

    public async Task<Report> RunAsync(DeskFileContent export, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        int imported = 0, skipped = 0, parked = 0;
        var lines = new List<string>();
        if (export.FileProblem is { } unreadable || export.IncompleteTail)
        {
            throw new InvalidOperationException($"The full export cannot be read whole ({export.FileProblem?.Detail ?? "it ends inside a line"}); nothing was imported.");
        }

        foreach (var line in export.Lines)
        {
            if (line.Record is not { } record)
            {
                parked++;
                lines.Add($"park\t{line.ReceiptNumber ?? $"line {line.Number}"}\t{line.Problem!.Reason}\t{line.Problem.Field}");
                if (!dryRun)
                {
                    checkpoint.Park(ParkDirection.ToHub, line.ReceiptNumber ?? $"onboarding#{line.Number}", "onboarding", line.Problem, line.Bytes);
                }

                continue;
            }

            if (record.Status is DeskStatus.ResultReady or DeskStatus.Returned or DeskStatus.Refused or DeskStatus.Withdrawn)
            {
                skipped++;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"skip\t{record.ReceiptNumber}\tclosed at the desk ({(int)record.Status})"));
                continue;
            }

            if (dryRun)
            {
                imported++;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"import\t{record.ReceiptNumber}\t{(int)record.Status}\t{string.Join(", ", StepsOf(record).Select(s => s.Name).Prepend("receive"))}"));
                continue;
            }

            var results = new List<HubAppender.Result>
            {
                await appender.AppendAsync(new LegacyRecordKey(record.ReceiptNumber, ""), "receive", line.Bytes, async (id, call) =>
                    (await dossiers.ReceiveDossierAsync(DeskMapping.Receive(record, options.Site, id, imported: true), call)).Outcome, cancellationToken),
            };
            foreach (var step in StepsOf(record))
            {
                if (results[^1] == HubAppender.Result.Parked || checkpoint.DossierIdOf(record.ReceiptNumber) is not { } dossierId)
                {
                    break;
                }

                results.Add(await appender.AppendAsync(new LegacyRecordKey(record.ReceiptNumber, Version(record)), step.Name, line.Bytes, (id, call) => step.Call(id, dossierId, call), cancellationToken));
            }

            var refused = results.Contains(HubAppender.Result.Parked);
            if (refused)
            {
                parked++;
            }
            else
            {
                imported++;
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{(refused ? "park" : "import")}\t{record.ReceiptNumber}\t{(int)record.Status}"));
        }

        if (!dryRun)
        {
            checkpoint.SetCursor(DoneCursor, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        }

        return new Report(imported, skipped, parked, lines);
    }

    private static string Version(DeskRecord record) => record.Updated.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private IEnumerable<(string Name, Func<string, string, CallOptions, Task<MutationOutcome>> Call)> StepsOf(DeskRecord record)
    {
        CommandContext Context(string requestId) => DeskMapping.Context(record, options.Site, requestId, DeskMapping.StepTime(record), ProvenanceKind.Imported);

        switch (record.Status)
        {
            case DeskStatus.HandedOver:
                var to = options.HandOverTo.GetValueOrDefault(record.ProcedureCode, "");
                yield return ("hand-over", async (id, dossier, call) =>
                    (await dossiers.OfferHandoverAsync(new OfferHandoverRequest { Context = Context(id), DossierId = dossier, ToAgencyId = to }, call)).Outcome);
                break;
            case DeskStatus.AwaitingSupplement or DeskStatus.Supplemented:
                yield return ("supplement-requested", async (id, dossier, call) =>
                    (await dossiers.RequestSupplementAsync(new RequestSupplementRequest { Context = Context(id), DossierId = dossier, Reason = "Yêu cầu bổ sung (nhập từ phần mềm một cửa)" }, call)).Outcome);
                if (record.Status == DeskStatus.Supplemented)
                {
                    yield return ("supplemented", async (id, dossier, call) =>
                        (await dossiers.RecordSupplementAsync(new RecordSupplementRequest { Context = Context(id), DossierId = dossier }, call)).Outcome);
                }

                break;
        }
    }
}
