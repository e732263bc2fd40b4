using System.Globalization;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;
using Interop.Adapters.Sdk.Mapping;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Adapters.Land;

/// <summary>
/// The land office's inbox into the land system: a hand-over offered to the office becomes a transfer
/// message, its marker (the event id) in <c>SecurityCode</c>, which the land system keeps and lists, so a
/// transfer whose answer was lost is found there instead of sent twice. Once the land system holds it,
/// the office accepts the hand-over at the hub (once: a step keyed by the event). Other items write
/// nothing: the land system learns nothing else from the hub.
/// </summary>
public sealed class LandInboxWriter(LandClient land, HubConnection hub, AdapterCheckpoint checkpoint, LandOptions options, string adapterName) : ILegacyInboxWriter
{
    /// <summary>The prefix of the checkpoint's record ids that map a receipt number to its hub dossier.</summary>
    public const string ReceiptRecord = "receipt:";

    /// <summary>The prefix of the checkpoint's cursors that say a transfer of a receipt number was sent (or was about to be), for which dossier.</summary>
    public const string SentCursor = "sent:";

    /// <summary>The prefix of the checkpoint's cursors that keep a record adopted from before the hub (its listing, as JSON).</summary>
    public const string AdoptedCursor = "adopted:";

    private readonly HubAppender appender = new(hub, checkpoint, adapterName);
    private readonly LandHistory history = new(land, checkpoint);
    private readonly DossierService.DossierServiceClient dossiers = new(hub.Channel);

    public async Task<bool> IsWrittenAsync(string marker, CancellationToken cancellationToken)
    {
        // The marker alone does not say the receipt: the pending item is the one whose offer carried it.
        var receipt = checkpoint.Cursor("marker:" + marker);
        return receipt is not null
            && (checkpoint.Cursor(AdoptedCursor + receipt) is not null || (await land.FindAsync(receipt, marker, cancellationToken)).Count > 0);
    }

    public async Task WriteAsync(InboxItem item, string marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (OfferTo(item) is not { } offer)
        {
            return;
        }

        var receipt = await ReceiptOfAsync(item, cancellationToken);
        checkpoint.SetCursor("marker:" + marker, receipt);
        if (item.Event.Body.Provenance?.Kind == ProvenanceKind.Imported && await AdoptableAsync(receipt, cancellationToken) is { } adopted)
        {
            // A desk's onboarding imported a hand-over made before the hub: the land system holds its
            // record already. It is adopted, not sent again; its state is imported after the acceptance.
            checkpoint.SetCursor(AdoptedCursor + receipt, System.Text.Json.JsonSerializer.Serialize(adopted));
            return;
        }

        checkpoint.SetCursor(SentCursor + receipt, item.Event.Body.DossierId);
        var transfer = TransferOf(item.Event.Body, offer, receipt, marker, options);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await land.TransferOnceAsync(transfer, cancellationToken);
                return;
            }
            catch (HttpRequestException refused) when ((int?)refused.StatusCode is >= 400 and < 500)
            {
                // The land system refused the message itself: sending it again cannot help; park it.
                throw new MappingException("LAND_TRANSFER_REFUSED", "transfer", $"the land system answered {(int)refused.StatusCode!} to the transfer", refused);
            }
            catch (Exception failed) when (!cancellationToken.IsCancellationRequested && attempt < options.MaxAttempts
                && failed is HttpRequestException { StatusCode: null or >= System.Net.HttpStatusCode.InternalServerError } or OperationCanceledException)
            {
                // No answer, or 5xx: it may have been taken all the same. Look before sending it again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(5_000, 100 * Math.Pow(2, attempt - 1))), cancellationToken);
                if ((await land.FindAsync(receipt, marker, cancellationToken)).Count > 0)
                {
                    return;
                }
            }
        }
    }

    public async Task AfterWrittenAsync(InboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (OfferTo(item) is null)
        {
            return;
        }

        var receipt = await ReceiptOfAsync(item, cancellationToken);
        var dossierId = item.Event.Body.DossierId;
        var key = new LegacyRecordKey(ReceiptRecord + receipt, item.Event.Body.Id);
        var adopted = checkpoint.Cursor(AdoptedCursor + receipt) is { } json ? System.Text.Json.JsonSerializer.Deserialize<LandRecord>(json) : null;

        // The office took the dossier in when its land system took the record (NgayNhan), never before the
        // offer: the acceptance claims that time, so that a report the office made before a late acceptance
        // (the adapter restarted between the two) is not earlier than it. An adopted record was taken in
        // before the hub: its acceptance is imported.
        var offered = item.Event.Body.ClaimedTime?.ToDateTimeOffset() ?? DateTimeOffset.MinValue;
        var taken = adopted ?? (await land.FindAsync(receipt, ((ILegacyInboxWriter)this).MarkerFor(item), cancellationToken) is [var first, ..] ? first : null);
        var accepted = taken is null ? (DateTimeOffset?)null : Later(options.ClaimOf(taken.NgayNhan), offered);
        await appender.AppendAsync(key, "accept", [], async (id, call) =>
            (await dossiers.AcceptHandoverAsync(
                new AcceptHandoverRequest { Context = Context(id, receipt, adopted, accepted), DossierId = dossierId },
                call)).Outcome, cancellationToken);
        if (adopted is { IsAwaitingSupplement: true })
        {
            var asked = Later(options.ClaimOf(adopted.NgayCapNhat), accepted!.Value);
            await appender.AppendAsync(key, "adopted-supplement", [], async (id, call) =>
                (await dossiers.RequestSupplementAsync(
                    new RequestSupplementRequest { Context = Context(id, receipt, adopted, asked), DossierId = dossierId, Reason = adopted.NoiDungXuLy },
                    call)).Outcome, cancellationToken);
            checkpoint.SetCursor(LandFeed.LastTakenCursor + adopted.MaHoSo, "CHO_BO_SUNG");
        }
    }

    private static DateTimeOffset Later(DateTimeOffset? landTime, DateTimeOffset floor) => landTime is { } time && time > floor ? time : floor;

    private CommandContext Context(string requestId, string receipt, LandRecord? adopted, DateTimeOffset? claimed)
    {
        var context = new CommandContext
        {
            RequestId = requestId,
            ActingAgencyId = options.AgencyId,
            Officer = new Protos.Type.V1.Officer { Id = "vbdlis" },
            Provenance = new Provenance
            {
                Kind = adopted is null ? ProvenanceKind.Mapped : ProvenanceKind.Imported,
                SourceSystem = options.SourceSystem,
                SourceRecordId = adopted?.MaHoSo ?? receipt,
            },
        };
        if (claimed is { } time)
        {
            context.ClaimedTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(time);
        }

        return context;
    }

    // The open record of the receipt that no hand-over through the hub made (no marker), if the land system has one.
    private async Task<LandRecord?> AdoptableAsync(string receipt, CancellationToken cancellationToken)
    {
        // The history's head is recorded before the first adoption: reports up to it are the record's past.
        await history.HeadAsync(cancellationToken);
        return (await land.RecordsAsync(receipt, cancellationToken)).FirstOrDefault(r => r.IsOpen && r.SecurityCode.Length == 0);
    }

    /// <summary>
    /// The transfer message of an offer: the receipt number, the offering officer and the officer offered
    /// to, the hand-back flag, the note, the offer's recorded time (to the second, local), its step limit
    /// in whole working days (a finer limit rounded up), its documents' names and counts, the marker.
    /// </summary>
    public static LandTransfer TransferOf(EventBody body, HandoverOffered offer, string receipt, string marker, LandOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(options);
        return new LandTransfer(
            receipt,
            body.Actor?.Officer?.Id ?? "",
            offer.ToOfficer?.Id ?? "",
            1,
            offer.IsHandBack,
            offer.Note,
            body.RecordedTime.ToDateTimeOffset().ToOffset(options.UtcOffset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            DaysOf(offer.StepLimit),
            [.. offer.Documents.Select(d => new LandFile(d.Name, "", "", d.CopyCount, d.OriginalCount))],
            marker);
    }

    // HanXuLy is a number of days (VENDOR-FORMATS.md); working days of 8 hours are assumed, and
    // calendar days are sent as they are.
    private static int DaysOf(Protos.Type.V1.ProcessingLimit? limit) => limit is null ? 0 : limit.Unit switch
    {
        Protos.Type.V1.LimitUnit.WorkingHours => (int)Math.Ceiling(limit.Amount / 8.0),
        Protos.Type.V1.LimitUnit.WorkingMinutes => (int)Math.Ceiling(limit.Amount / 480.0),
        _ => (int)limit.Amount,
    };

    private HandoverOffered? OfferTo(InboxItem item)
        => item.Event.Body is { PayloadCase: EventBody.PayloadOneofCase.HandoverOffered } body && body.HandoverOffered.ToAgency?.AgencyId == options.AgencyId
            ? body.HandoverOffered
            : null;

    // The land system knows a dossier by the desk's receipt number (SoBienNhan): the vendor code. An
    // item carries the dossier only while it is the latest state; otherwise the hub is asked.
    private async Task<string> ReceiptOfAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var code = item.Dossier?.VendorCode?.Code;
        if (string.IsNullOrEmpty(code))
        {
            var read = await hub.CallAsync(call => dossiers.GetDossierAsync(new GetDossierRequest { DossierId = item.Event.Body.DossierId }, call).ResponseAsync, cancellationToken);
            code = read.Dossier.VendorCode?.Code;
        }

        return string.IsNullOrEmpty(code)
            ? throw new MappingException("LAND_NO_RECEIPT_NUMBER", "dossier.vendor_code", "the dossier has no vendor code to send as SoBienNhan")
            : code;
    }
}
