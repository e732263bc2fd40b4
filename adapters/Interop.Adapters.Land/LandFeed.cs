using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Mapping;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Adapters.Land;

/// <summary>
/// The land system's reports to the hub, in feed order, as the land office: awaiting supplement
/// (<c>CHO_BO_SUNG</c>) → <c>RequestSupplement</c>, finished (<c>HOAN_THANH</c>) → <c>ResolveDossier</c>
/// (granted), hand-over (<c>LUAN_CHUYEN</c>) → <c>ReturnHandover</c> to the desk, "wrong result"
/// (<c>KET_QUA_SAI</c>) → a note. A report is one step keyed by its sequence, so a report read again
/// appends nothing; the feed's cursor moves past a report once it is appended, found appended or parked.
/// The land system's history before the switch-on is passed over (<see cref="LandHistory"/>). A
/// report of a receipt the hub never handed to this office, or with a time that is not one, is parked;
/// one an operator asks to retry (<c>interop adapter parked retry</c>) is read again from the land
/// system, as it holds it now, and taken again at the next pass.
/// </summary>
public sealed class LandFeed(LandClient land, HubConnection hub, AdapterCheckpoint checkpoint, LandOptions options, string adapterName)
{
    private readonly LandHistory history = new(land, checkpoint);

    public const string Cursor = "feed";

    /// <summary>The prefix of the cursors that keep the kind of each land record's last report taken.</summary>
    public const string LastTakenCursor = "last-taken:";

    private readonly HubAppender appender = new(hub, checkpoint, adapterName);
    private readonly DossierService.DossierServiceClient dossiers = new(hub.Channel);

    /// <summary>One pass over the feed: the reports an operator asked to retry, then every report after the cursor to the feed's end taken; how many were appended and parked.</summary>
    public async Task<(int Appended, int Parked)> PassAsync(CancellationToken cancellationToken)
    {
        int appended = 0, parked = 0;
        foreach (var retry in checkpoint.RetryRequested().Where(p => p.Direction == ParkDirection.ToHub))
        {
            var stored = System.Text.Json.JsonSerializer.Deserialize<LandReport>(retry.Payload)!;
            var report = (await land.ReportsAsync(stored.Seq - 1, cancellationToken)).FirstOrDefault(r => r.Seq == stored.Seq) ?? stored;

            // Taken first, closed after: a crash between leaves it to retry, and the step keyed by the
            // report appends nothing twice. Parked again, the new parking replaces this one.
            var result = await TakeAsync(report, cancellationToken);
            checkpoint.Resolved(retry.Id);
            appended += result == HubAppender.Result.Appended ? 1 : 0;
            parked += result == HubAppender.Result.Parked ? 1 : 0;
        }

        var historyHead = await history.HeadAsync(cancellationToken);
        // Page after page until the feed's end: the land system serves a few reports a page.
        var after = long.Parse(checkpoint.Cursor(Cursor) ?? "0", CultureInfo.InvariantCulture);
        for (var page = await land.ReportsAsync(after, cancellationToken); page.Count > 0; page = await land.ReportsAsync(after, cancellationToken))
        {
            foreach (var report in page)
            {
                after = report.Seq;
                if (history.IsHistory(report, historyHead))
                {
                    checkpoint.SetCursor(Cursor, report.Seq.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                if (IsAwaitingAcceptance(report.SoBienNhan))
                {
                    // Sent, not yet accepted at the hub (the inbox is about to): the report waits for the next pass.
                    return (appended, parked);
                }

                var result = await TakeAsync(report, cancellationToken);
                appended += result == HubAppender.Result.Appended ? 1 : 0;
                parked += result == HubAppender.Result.Parked ? 1 : 0;
                checkpoint.SetCursor(Cursor, report.Seq.ToString(CultureInfo.InvariantCulture));
            }
        }

        return (appended, parked);
    }

    private async Task<HubAppender.Result> TakeAsync(LandReport report, CancellationToken cancellationToken)
    {
        // A report is a record of its own (the feed's entry), parked on its own: several of one land record can be.
        var key = new LegacyRecordKey($"{report.MaHoSo}:{report.Seq.ToString(CultureInfo.InvariantCulture)}", report.Seq.ToString(CultureInfo.InvariantCulture));
        var payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report);
        try
        {
            var dossierId = checkpoint.DossierIdOf(LandInboxWriter.ReceiptRecord + report.SoBienNhan)
                ?? throw new MappingException("LAND_UNKNOWN_RECEIPT", "SoBienNhan", "no hand-over to this office carried this receipt number");
            var when = options.ClaimOf(report.NgayCapNhat)
                ?? throw new MappingException("LAND_FIELD_INVALID", "NgayCapNhat", "NgayCapNhat is not a time dd/MM/yyyy HH:mm:ss");
            Func<string, CallOptions, Task<MutationOutcome>>? call = report.Loai switch
            {
                "CHO_BO_SUNG" => async (id, o) => (await dossiers.RequestSupplementAsync(new RequestSupplementRequest { Context = Context(id, when, report), DossierId = dossierId, Reason = report.NoiDungXuLy }, o)).Outcome,
                "HOAN_THANH" => async (id, o) => (await dossiers.ResolveDossierAsync(new ResolveDossierRequest { Context = Context(id, when, report), DossierId = dossierId, Outcome = Outcome.Granted, Note = report.NoiDungXuLy }, o)).Outcome,
                "LUAN_CHUYEN" => async (id, o) => (await dossiers.ReturnHandoverAsync(new ReturnHandoverRequest { Context = Context(id, when, report), DossierId = dossierId }, o)).Outcome,
                "KET_QUA_SAI" => async (id, o) => (await dossiers.AddNoteAsync(new AddNoteRequest { Context = Context(id, when, report), DossierId = dossierId, Text = "Kết quả sai: " + report.NoiDungXuLy }, o)).Outcome,
                _ => null,
            };
            if (call is null || await IsRepeatAsync(report, dossierId, cancellationToken))
            {
                return HubAppender.Result.AlreadyAppended;
            }

            var result = await appender.AppendAsync(key, report.Loai, payload, call, cancellationToken);
            if (result != HubAppender.Result.Parked)
            {
                checkpoint.SetCursor(LastTakenCursor + report.MaHoSo, report.Loai);
            }

            return result;
        }
        catch (MappingException unmappable)
        {
            checkpoint.Park(ParkDirection.ToHub, key.Id, key.Version, unmappable.Problem, payload);
            return HubAppender.Result.Parked;
        }
    }

    private bool IsAwaitingAcceptance(string receipt)
        => checkpoint.DossierIdOf(LandInboxWriter.ReceiptRecord + receipt) is null
            && checkpoint.Cursor(LandInboxWriter.SentCursor + receipt) is not null
            && !checkpoint.IsParked(ParkDirection.ToHub, LandInboxWriter.ReceiptRecord + receipt);

    // The land system reports an officer's change as often as it was submitted: a report of the same kind
    // as the record's last one taken, while the dossier still stands where that one left it, is a repeat.
    private async Task<bool> IsRepeatAsync(LandReport report, string dossierId, CancellationToken cancellationToken)
    {
        DossierStatus? leftAt = report.Loai switch { "CHO_BO_SUNG" => DossierStatus.AwaitingSupplement, "HOAN_THANH" => DossierStatus.Resolved, _ => null };
        if (leftAt is null || checkpoint.Cursor(LastTakenCursor + report.MaHoSo) != report.Loai)
        {
            return false;
        }

        var dossier = await hub.CallAsync(call => dossiers.GetDossierAsync(new GetDossierRequest { DossierId = dossierId }, call).ResponseAsync, cancellationToken);
        return dossier.Dossier.Status == leftAt;
    }

    private CommandContext Context(string requestId, DateTimeOffset when, LandReport report) => new()
    {
        RequestId = requestId,
        ActingAgencyId = options.AgencyId,
        Officer = new Officer { Id = "vbdlis" },
        ClaimedTime = Timestamp.FromDateTimeOffset(when),
        Provenance = new Provenance { Kind = ProvenanceKind.Mapped, SourceSystem = options.SourceSystem, SourceRecordId = report.MaHoSo, SourceStatus = report.Loai },
    };
}
