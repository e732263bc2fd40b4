using Google.Protobuf;
using Grpc.Core;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Mapping;
using Interop.Protos.Inbox.V1;
using Microsoft.Extensions.Logging;

namespace Interop.Adapters.Sdk.Inbox;

/// <summary>
/// Follows one agency's inbox into the legacy system (STANDARD INBOX-8): streams from the last
/// processed item, falls back to <c>PullInbox</c> while streaming fails, skips duplicates and the
/// member's own items, reports gaps, writes each item once through <see cref="ILegacyInboxWriter"/>
/// (recorded before and after, looked for after a crash), acknowledges only processed items, keeps
/// the latest checkpoint, and parks what cannot be written.
/// </summary>
public sealed partial class InboxFollower(HubConnection hub, AdapterCheckpoint checkpoint, string agencyId, ILegacyInboxWriter writer, ILogger logger)
{
    private const int StreamFailuresBeforePulling = 3;
    private static readonly TimeSpan PullingPeriod = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PullWait = TimeSpan.FromSeconds(20);

    private readonly InboxService.InboxServiceClient inbox = new(hub.Channel);

    /// <summary>Items written into the legacy system, skipped, and parked since start (for health and tests).</summary>
    public InboxCounts Counts { get; } = new();

    /// <summary>Follows the inbox until the token is cancelled, then returns; a legacy write's own failure ends it.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (failures >= StreamFailuresBeforePulling)
                {
                    Log.Pulling(logger, agencyId, failures);
                    await PullForAsync(PullingPeriod, cancellationToken);
                    failures = 0;
                }

                await RetryParkedAsync(cancellationToken);
                var received = await StreamAsync(cancellationToken);
                failures = received ? 0 : failures + 1;
            }
            catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
            {
                // Stopping: the item in hand was either recorded or will be looked for at the next start.
                return;
            }
            catch (RpcException exception) when (IsTransient(exception.StatusCode))
            {
                failures++;
                Log.StreamFailed(logger, agencyId, exception.StatusCode, failures);
                await Task.Delay(hub.Retry.DelayBefore(exception, failures) ?? TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>One stream until it ends; true when it delivered anything (a heartbeat counts).</summary>
    private async Task<bool> StreamAsync(CancellationToken cancellationToken)
    {
        var progress = checkpoint.Progress(agencyId);
        var request = progress.Processed == 0
            ? new StreamInboxRequest { AgencyId = agencyId }
            : new StreamInboxRequest { AgencyId = agencyId, Start = StartPosition.AfterSequence, AfterSequence = progress.Processed };
        using var call = inbox.StreamInbox(request, new CallOptions(hub.Headers, cancellationToken: cancellationToken));
        var received = false;
        await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            received = true;
            if (response.KindCase == StreamInboxResponse.KindOneofCase.Heartbeat)
            {
                await HeartbeatAsync(response.Heartbeat, cancellationToken);
            }
            else
            {
                await ProcessAsync(response.Item, cancellationToken);
            }
        }

        return received;
    }

    private async Task PullForAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + period;
        while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested)
        {
            var after = checkpoint.Progress(agencyId).Processed;
            var pulled = await hub.CallAsync(
                options => inbox.PullInboxAsync(
                    after == 0
                        ? new PullInboxRequest { AgencyId = agencyId, Wait = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(PullWait) }
                        : new PullInboxRequest { AgencyId = agencyId, Start = StartPosition.AfterSequence, AfterSequence = after, Wait = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(PullWait) },
                    options.WithDeadline(DateTime.UtcNow + PullWait + hub.Options.Retry.AttemptTimeout)).ResponseAsync,
                cancellationToken);
            if (pulled.Checkpoint is { Note.Length: > 0 } latest)
            {
                checkpoint.KeepCheckpoint(agencyId, latest.Note);
            }

            foreach (var item in pulled.Items)
            {
                await ProcessAsync(item, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The items of this inbox an operator asked to retry (<c>interop adapter parked retry</c>): each
    /// written once more (looked for first), closed when written, parked again when still unmappable.
    /// Taken before each stream and at each heartbeat (at least every 30 s).
    /// </summary>
    public async Task RetryParkedAsync(CancellationToken cancellationToken)
    {
        foreach (var parked in checkpoint.RetryRequested().Where(p => p.Direction == ParkDirection.ToLegacy))
        {
            var item = InboxItem.Parser.ParseFrom(parked.Payload);
            if (item.AgencyId != agencyId)
            {
                continue;
            }

            try
            {
                if (!await writer.IsWrittenAsync(parked.RecordId, cancellationToken))
                {
                    await writer.WriteAsync(item, parked.RecordId, cancellationToken);
                    Counts.Written++;
                }

                await writer.AfterWrittenAsync(item, cancellationToken);

                checkpoint.Resolved(parked.Id);
                Log.Retried(logger, agencyId, item.Sequence, parked.Id);
            }
            catch (MappingException still)
            {
                var id = checkpoint.Park(ParkDirection.ToLegacy, parked.RecordId, parked.Version, still.Problem, parked.Payload);
                Log.Parked(logger, agencyId, item.Sequence, id, still.Problem.Reason, still.Problem.Field);
            }
        }
    }

    private async Task HeartbeatAsync(Heartbeat heartbeat, CancellationToken cancellationToken)
    {
        await RetryParkedAsync(cancellationToken);
        if (heartbeat.Checkpoint is { Note.Length: > 0 } latest)
        {
            checkpoint.KeepCheckpoint(agencyId, latest.Note);
        }
    }

    private async Task ProcessAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var progress = checkpoint.Progress(agencyId);
        if (item.Sequence <= progress.Processed)
        {
            // Delivered again (a resumed stream, a pull after a stream): processed already.
            Counts.Duplicates++;
            await AcknowledgeAsync(Math.Max(progress.Acknowledged, item.Sequence), progress.Acknowledged, cancellationToken);
            return;
        }

        if (progress.Processed > 0 && item.Sequence != progress.Processed + 1)
        {
            // The hub numbers without gaps (INBOX-1): items were pruned before this adapter read them.
            Counts.Gaps++;
            Log.Gap(logger, agencyId, progress.Processed + 1, item.Sequence);
        }

        if (item.Origin?.Own == true)
        {
            Counts.Own++;
            checkpoint.CompleteWrite(agencyId, item.Sequence);
        }
        else
        {
            await WriteOnceAsync(item, progress.Pending, cancellationToken);
        }

        await AcknowledgeAsync(item.Sequence, progress.Acknowledged, cancellationToken);
    }

    private async Task WriteOnceAsync(InboxItem item, PendingWrite? pending, CancellationToken cancellationToken)
    {
        var marker = writer.MarkerFor(item);
        if (pending is { } interrupted && interrupted.Sequence == item.Sequence && await writer.IsWrittenAsync(interrupted.Marker, cancellationToken))
        {
            // Written before a crash, not recorded as done: do not write it twice.
            Counts.FoundWritten++;
            await writer.AfterWrittenAsync(item, cancellationToken);
            checkpoint.CompleteWrite(agencyId, item.Sequence);
            return;
        }

        checkpoint.BeginWrite(agencyId, item.Sequence, marker);
        try
        {
            await writer.WriteAsync(item, marker, cancellationToken);
            Counts.Written++;
            await writer.AfterWrittenAsync(item, cancellationToken);
        }
        catch (MappingException unmappable)
        {
            Counts.Parked++;
            var id = checkpoint.Park(ParkDirection.ToLegacy, marker, item.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), unmappable.Problem, item.ToByteArray());
            Log.Parked(logger, agencyId, item.Sequence, id, unmappable.Problem.Reason, unmappable.Problem.Field);
        }

        checkpoint.CompleteWrite(agencyId, item.Sequence);
    }

    private async Task AcknowledgeAsync(long sequence, long acknowledged, CancellationToken cancellationToken)
    {
        if (sequence <= acknowledged)
        {
            return;
        }

        var answer = await hub.CallAsync(
            options => inbox.AcknowledgeInboxAsync(new AcknowledgeInboxRequest { AgencyId = agencyId, Sequence = sequence }, options).ResponseAsync,
            cancellationToken);
        checkpoint.Acknowledged(agencyId, answer.AcknowledgedSequence);
    }

    private static bool IsTransient(StatusCode code)
        => code is StatusCode.Unavailable or StatusCode.Aborted or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.ResourceExhausted or StatusCode.Unimplemented;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Inbox {AgencyId}: stream failed with {Status} ({Failures} in a row); reconnecting")]
        public static partial void StreamFailed(ILogger logger, string agencyId, StatusCode status, int failures);

        [LoggerMessage(2, LogLevel.Warning, "Inbox {AgencyId}: {Failures} stream failures in a row; pulling for a while")]
        public static partial void Pulling(ILogger logger, string agencyId, int failures);

        [LoggerMessage(3, LogLevel.Error, "Inbox {AgencyId}: gap, expected item {Expected} and got {Received}; the items between were pruned at the hub before they were read")]
        public static partial void Gap(ILogger logger, string agencyId, long expected, long received);

        [LoggerMessage(4, LogLevel.Warning, "Inbox {AgencyId}: item {Sequence} parked as {ParkedId}: {Reason} at {Field}")]
        public static partial void Parked(ILogger logger, string agencyId, long sequence, long parkedId, string reason, string field);

        [LoggerMessage(5, LogLevel.Information, "Inbox {AgencyId}: item {Sequence}, parked as {ParkedId}, written on the operator's retry")]
        public static partial void Retried(ILogger logger, string agencyId, long sequence, long parkedId);
    }
}

/// <summary>What an <see cref="InboxFollower"/> did since it started.</summary>
public sealed class InboxCounts
{
    public int Written { get; set; }

    public int FoundWritten { get; set; }

    public int Own { get; set; }

    public int Duplicates { get; set; }

    public int Gaps { get; set; }

    public int Parked { get; set; }
}
