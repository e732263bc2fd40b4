using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Inbox;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Adapters.FileDrop;

/// <summary>
/// The desk's inbox into the desk software: what another agency did to one of the desk's receipts
/// becomes an import file <c>nhap/KQ_&lt;event id&gt;.csv</c> with the desk's status (supplement
/// requested → 4, resolved → 6, refused → 8, handed back → 2). The file's name is the write's marker: the
/// software moves what it imported to <c>nhap/da-xu-ly/</c>, so the write happened if either folder has
/// it. A file appears whole (written aside, then renamed), never half-written. Events the software has
/// no status for, and dossiers that are not the desk's own receipts, write nothing.
/// </summary>
public sealed class DeskInboxWriter(FileDropOptions options, AdapterCheckpoint checkpoint) : ILegacyInboxWriter
{
    public string MarkerFor(InboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        // The event id ("<dossier id>/<sequence>") as a file name the desk's folder can hold.
        return "KQ_" + string.Concat(BodyOf(item).Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".csv";
    }

    public Task<bool> IsWrittenAsync(string marker, CancellationToken cancellationToken)
        => Task.FromResult(File.Exists(Path.Combine(options.ImportFolder, marker)) || File.Exists(Path.Combine(options.ImportedFolder, marker)));

    public async Task WriteAsync(InboxItem item, string marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = BodyOf(item);
        if (UpdateOf(body) is not { } update || ReceiptOf(item) is not { } receipt)
        {
            return;
        }

        var updated = item.RoutedTime.ToDateTimeOffset().ToOffset(options.Site.UtcOffset).DateTime;
        var bytes = new DeskUpdate(receipt, update.Status, update.Content, updated).ToFile(options.Encoding);
        Directory.CreateDirectory(options.ImportFolder);
        var aside = Path.Combine(options.ImportFolder, "." + marker + ".tmp");
        await File.WriteAllBytesAsync(aside, bytes, cancellationToken);
        File.Move(aside, Path.Combine(options.ImportFolder, marker), overwrite: true);
    }

    private static (DeskStatus Status, string Content)? UpdateOf(EventBody body) => body.PayloadCase switch
    {
        EventBody.PayloadOneofCase.SupplementRequested => (DeskStatus.AwaitingSupplement, Join(body.SupplementRequested.Reason, body.SupplementRequested.Content)),
        EventBody.PayloadOneofCase.Resolved => (DeskStatus.ResultReady, body.Resolved.Note),
        EventBody.PayloadOneofCase.Refused => (DeskStatus.Refused, body.Refused.Reason),
        EventBody.PayloadOneofCase.HandoverReturned => (DeskStatus.Processing, ""),
        _ => null,
    };

    // The desk's own receipts are the dossiers this adapter appended (received or imported).
    private string? ReceiptOf(InboxItem item) => checkpoint.RecordIdOf(item.Dossier?.Id ?? "");

    private static EventBody BodyOf(InboxItem item) => item.Event.Body ?? EventBody.Parser.ParseFrom(item.Event.BodyBytes);

    private static string Join(string reason, string content) => string.Join(": ", new[] { reason, content }.Where(s => s.Length > 0));
}
